'use client';

import { saveSource } from '@/lib/actions/sources';
import type { ActionState } from '@/lib/forms/action-state';
import { sourceKindLabels } from '@/lib/labels';
import { slugify } from '@/lib/slug';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import { MessageField, PrecisionOptions, StatusSelect, VersionField, str, useRecordForm, useSlug, type Values } from './record-form-parts';

/**
 * The source form. The id is chosen when the source is created and is fixed
 * afterwards, because citations refer to it: an edit form sends it as the
 * hidden record id. Works without JavaScript; keeps the input on errors.
 */
export function SourceForm({ id, version, initial }: { id?: string; version?: number; initial: Values }) {
  const { state, action, values, errors, formKey } = useRecordForm(saveSource, initial);
  return <SourceFields key={formKey} {...{ id, version, values, errors, state, action }} />;
}

function SourceFields({
  id,
  version,
  values,
  errors,
  state,
  action,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
}) {
  const sourceId = useSlug(str(values.id));
  const err = (key: string) => errors[key];
  return (
    <form action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The source</legend>
        <div className="sm:col-span-2">
          <Field id="title" label="Title" errors={err('title')}>
            {(p) => (
              <input
                {...p}
                name="title"
                defaultValue={str(values.title)}
                maxLength={300}
                className={inputClass}
                onChange={(e) => {
                  if (!id) sourceId.follow(e.target.value, (t) => slugify(t).slice(0, 64).replace(/-+$/, ''));
                }}
              />
            )}
          </Field>
        </div>
        {id ? (
          <div>
            <input type="hidden" name="id" value={id} />
            <p className="block text-sm font-medium">Id</p>
            <p className="mt-1 font-mono text-sm">{id}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Fixed: citations refer to it.</p>
            <div id="id-errors" aria-live="polite" className="mt-1 text-sm text-red-700 dark:text-red-300">
              {err('id')?.map((e) => (
                <p key={e}>{e}</p>
              ))}
            </div>
          </div>
        ) : (
          <Field id="id" label="Id" errors={err('id')} hint="Generated from the title; it cannot be changed once the source is saved.">
            {(p) => (
              <input
                {...p}
                name="id"
                value={sourceId.slug}
                onChange={(e) => sourceId.edit(e.target.value)}
                maxLength={64}
                className={inputClass}
              />
            )}
          </Field>
        )}
        <Field id="kind" label="Kind" errors={err('kind')}>
          {(p) => (
            <select {...p} name="kind" defaultValue={str(values.kind) || 'news'} className={inputClass}>
              {Object.entries(sourceKindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="outlet" label="Outlet (optional)" errors={err('outlet')}>
          {(p) => <input {...p} name="outlet" defaultValue={str(values.outlet)} maxLength={200} className={inputClass} />}
        </Field>
        <Field id="author" label="Author (optional)" errors={err('author')}>
          {(p) => <input {...p} name="author" defaultValue={str(values.author)} maxLength={200} className={inputClass} />}
        </Field>
        <Field id="publishedAt" label="Published (optional)" errors={err('publishedAt')} hint="For a month or year, use its first day.">
          {(p) => <input {...p} type="date" name="publishedAt" defaultValue={str(values.publishedAt)} className={inputClass} />}
        </Field>
        <Field id="publishedPrecision" label="Publication date known to the" errors={err('publishedPrecision')}>
          {(p) => (
            <select {...p} name="publishedPrecision" defaultValue={str(values.publishedPrecision) || 'day'} className={inputClass}>
              <PrecisionOptions />
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field id="url" label="Address (URL, optional)" errors={err('url')}>
            {(p) => <input {...p} type="url" name="url" defaultValue={str(values.url)} maxLength={1000} className={inputClass} />}
          </Field>
        </div>
        <StatusSelect value={str(values.status)} errors={err('status')} />
        <div className="sm:col-span-2">
          <Field
            id="note"
            label="Note (optional)"
            errors={err('note')}
            hint="Why the date or attribution is what it is, when it had to be worked out."
          >
            {(p) => <textarea {...p} name="note" defaultValue={str(values.note)} rows={3} maxLength={2000} className={inputClass} />}
          </Field>
        </div>
      </fieldset>

      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create source'}</SubmitButton>
    </form>
  );
}

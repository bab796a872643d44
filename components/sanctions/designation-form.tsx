'use client';

import { saveDesignation } from '@/lib/actions/sanctions';
import { authorityLabels } from '@/lib/sanction-labels';
import { Field, inputClass } from '@/components/admin/field';
import { FormStatus } from '@/components/admin/form-status';
import { SubmitButton } from '@/components/admin/submit-button';
import {
  CitationRows,
  MessageField,
  StatusSelect,
  VersionField,
  rows,
  str,
  useRecordForm,
  type Option,
  type Values,
} from '@/components/admin/record-form-parts';
import { ActorSlugField, DatedField, NoteField } from './sanction-form-fields';

/**
 * The designation form: who, by which authority, under which programme,
 * listed and delisted on which dates at which precision, and the quotes
 * that say so. Works without JavaScript, keeps the input on every error.
 */
export function DesignationForm({
  id,
  version,
  initial,
  actors,
  sources,
}: {
  id?: string;
  version?: number;
  initial: Values;
  actors: Option[];
  sources: Option[];
}) {
  const { state, action, values, errors, formKey } = useRecordForm(saveDesignation, initial);
  // A snapshot holds a boolean, a returned form post "on".
  const onOrBefore = ['true', 'on'].includes(str(values.listedOnOrBefore));
  return (
    <form key={formKey} action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The designation</legend>
        <ActorSlugField values={values} errors={errors} actors={actors} />
        <Field id="authority" label="Authority" errors={errors.authority}>
          {(p) => (
            <select {...p} name="authority" defaultValue={str(values.authority)} className={inputClass}>
              <option value="">—</option>
              {Object.entries(authorityLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="authorityName" label="Authority's name (needed for Other)" errors={errors.authorityName}>
          {(p) => <input {...p} name="authorityName" defaultValue={str(values.authorityName)} maxLength={120} className={inputClass} />}
        </Field>
        <Field id="programme" label="Programme (optional)" errors={errors.programme} hint="As the source names it, e.g. RUSSIA-EO14024.">
          {(p) => <input {...p} name="programme" defaultValue={str(values.programme)} maxLength={200} className={inputClass} />}
        </Field>
        <DatedField
          name="listedOn"
          precisionName="listedPrecision"
          label="Listed on"
          values={values}
          errors={errors}
          hint="Leave empty when no source gives it. For a month or year, use its first day."
        />
        <div className="sm:col-span-2">
          <input
            type="checkbox"
            id="listedOnOrBefore"
            name="listedOnOrBefore"
            defaultChecked={onOrBefore}
            aria-describedby="listedOnOrBefore-hint"
          />{' '}
          <label htmlFor="listedOnOrBefore" className="text-sm font-medium">
            The sources only show it in force by this date (its start is unknown)
          </label>
          <p id="listedOnOrBefore-hint" className="text-xs text-slate-600 dark:text-slate-400">
            Readers then see “in force by” and an uncertain start, never a listing date the sources do not give.
          </p>
        </div>
        <DatedField
          name="delistedOn"
          precisionName="delistedPrecision"
          label="Delisted on"
          values={values}
          errors={errors}
          hint="Leave empty while it is in force."
        />
        <StatusSelect value={str(values.status)} errors={errors.status} />
        <div className="sm:col-span-2">
          <NoteField values={values} errors={errors} hint="Why the dates or authority are what they are, when you had to work them out." />
        </div>
      </fieldset>
      <CitationRows
        actors={actors}
        values={rows(values.citations)}
        errors={errors}
        sources={sources}
        requiredNote="A published designation needs at least one citation."
      />
      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create designation'}</SubmitButton>
    </form>
  );
}

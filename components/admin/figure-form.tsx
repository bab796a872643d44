'use client';

import { saveFigure } from '@/lib/actions/figures';
import type { ActionState } from '@/lib/forms/action-state';
import { slugify } from '@/lib/slug';
import { sentChoices } from '@/lib/forms/choices';
import { NamePicker } from './name-picker';
import type { Option } from './record-form-parts';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';
import {
  CitationRows,
  MessageField,
  PrecisionOptions,
  StatusSelect,
  VersionField,
  rows,
  str,
  useRecordForm,
  useSlug,
  type Values,
} from './record-form-parts';

/**
 * The figure form: a quoted number with its unit, date and sector, and the
 * citations it comes from. Works without JavaScript, keeps the input on
 * every error, carries the version.
 */
export function FigureForm({
  id,
  version,
  initial,
  actors,
  sectors,
  sources,
}: {
  id?: string;
  version?: number;
  initial: Values;
  actors: Option[];
  sectors: Option[];
  sources: Option[];
}) {
  const { state, action, values, errors, formKey } = useRecordForm(saveFigure, initial);
  return <FigureFields key={formKey} {...{ id, version, values, errors, state, action, actors, sectors, sources }} />;
}

function FigureFields({
  id,
  version,
  values,
  errors,
  state,
  action,
  actors,
  sectors,
  sources,
}: {
  id?: string;
  version?: number;
  values: Values;
  errors: Record<string, string[]>;
  state: ActionState;
  action: (formData: FormData) => void;
  actors: Option[];
  sectors: Option[];
  sources: Option[];
}) {
  const slug = useSlug(str(values.slug));
  const err = (key: string) => errors[key];
  return (
    <form action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The figure</legend>
        <div className="sm:col-span-2">
          <Field id="label" label="Label" errors={err('label')} hint="What the number measures, as the source puts it.">
            {(p) => (
              <input
                {...p}
                name="label"
                defaultValue={str(values.label)}
                maxLength={300}
                className={inputClass}
                onChange={(e) => slug.follow(e.target.value, slugify)}
              />
            )}
          </Field>
        </div>
        <Field id="slug" label="Slug" errors={err('slug')}>
          {(p) => (
            <input
              {...p}
              name="slug"
              value={slug.slug}
              onChange={(e) => slug.edit(e.target.value)}
              maxLength={120}
              className={inputClass}
            />
          )}
        </Field>
        <NamePicker
          id="sector"
          name="sector"
          label="Sector (optional)"
          kind="sector"
          defaultValue={str(values.sector)}
          options={sectors}
          errors={err('sector')}
          choices={sentChoices(errors, 'sector')}
        />
        <Field
          id="value"
          label="Value"
          errors={err('value')}
          hint="A plain number: 1500 or 1500.5, without commas; put the scale in the unit."
        >
          {(p) => <input {...p} name="value" inputMode="decimal" defaultValue={str(values.value)} maxLength={40} className={inputClass} />}
        </Field>
        <Field id="unit" label="Unit" errors={err('unit')} hint="For example: billion, million tonnes, per cent.">
          {(p) => <input {...p} name="unit" defaultValue={str(values.unit)} maxLength={60} className={inputClass} />}
        </Field>
        <Field id="currency" label="Currency (optional)" errors={err('currency')} hint="Three-letter code, such as USD or RUB.">
          {(p) => (
            <input
              {...p}
              name="currency"
              defaultValue={str(values.currency)}
              maxLength={3}
              autoComplete="off"
              className={`${inputClass} uppercase`}
            />
          )}
        </Field>
        <StatusSelect value={str(values.status)} errors={err('status')} />
        <Field id="asOf" label="As of (optional)" errors={err('asOf')} hint="For a month or year, use its first day.">
          {(p) => <input {...p} type="date" name="asOf" defaultValue={str(values.asOf)} className={inputClass} />}
        </Field>
        <Field id="asOfPrecision" label="Date known to the" errors={err('asOfPrecision')}>
          {(p) => (
            <select {...p} name="asOfPrecision" defaultValue={str(values.asOfPrecision) || 'day'} className={inputClass}>
              <PrecisionOptions />
            </select>
          )}
        </Field>
      </fieldset>

      <CitationRows
        values={rows(values.citations)}
        errors={errors}
        sources={sources}
        actors={actors}
        requiredNote="A published figure needs at least one citation."
      />

      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create figure'}</SubmitButton>
    </form>
  );
}

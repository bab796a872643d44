'use client';

import { saveWaiver } from '@/lib/actions/sanctions';
import { licenceKindLabels } from '@/lib/sanction-labels';
import { Field, inputClass } from '@/components/admin/field';
import { NamePicker } from '@/components/admin/name-picker';
import { sentChoices } from '@/lib/forms/choices';
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
 * The waiver form: a general or specific licence (or other exemption) for
 * an actor, optionally one designation of theirs and the event it was
 * granted for, its window at honest precision, and the quotes.
 */
export function WaiverForm({
  id,
  version,
  initial,
  actors,
  sources,
  designations,
  events,
}: {
  id?: string;
  version?: number;
  initial: Values;
  actors: Option[];
  sources: Option[];
  designations: Option[];
  events: Option[];
}) {
  const { state, action, values, errors, formKey } = useRecordForm(saveWaiver, initial);
  return (
    <form key={formKey} action={action} className="space-y-6" aria-describedby="form-status" noValidate>
      <FormStatus state={state} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      <VersionField state={state} version={version} />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">The licence or exemption</legend>
        <Field id="kind" label="Kind" errors={errors.kind}>
          {(p) => (
            <select {...p} name="kind" defaultValue={str(values.kind)} className={inputClass}>
              <option value="">—</option>
              {Object.entries(licenceKindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="name" label="Licence name or number (optional)" errors={errors.name} hint="E.g. General License 8L.">
          {(p) => <input {...p} name="name" defaultValue={str(values.name)} maxLength={200} className={inputClass} />}
        </Field>
        <ActorSlugField values={values} errors={errors} actors={actors} />
        <Field
          id="designation"
          label="Suspends the designation (optional)"
          errors={errors.designation}
          hint="Empty: all of the actor's designations."
        >
          {(p) => (
            <select {...p} name="designation" defaultValue={str(values.designation)} className={inputClass}>
              <option value="">—</option>
              {designations.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <NamePicker
          id="event"
          name="event"
          label="Granted for the event (optional)"
          kind="event"
          defaultValue={str(values.event)}
          options={events}
          errors={errors.event}
          choices={sentChoices(errors, 'event')}
          hint="When the sources say it was granted for one event: type its title and pick it."
        />
        <div />
        <DatedField
          name="validFrom"
          precisionName="fromPrecision"
          label="Valid from"
          values={values}
          errors={errors}
          hint="For a month or year, use its first day."
        />
        <DatedField
          name="validTo"
          precisionName="toPrecision"
          label="Valid to"
          values={values}
          errors={errors}
          hint="Inclusive. Leave empty when the sources do not say when it ended."
        />
        <StatusSelect value={str(values.status)} errors={errors.status} />
        <div className="sm:col-span-2">
          <NoteField values={values} errors={errors} hint="What the sources leave unsaid (instrument, exact dates)." />
        </div>
      </fieldset>
      <CitationRows
        actors={actors}
        values={rows(values.citations)}
        errors={errors}
        sources={sources}
        requiredNote="A published waiver needs at least one citation."
      />
      <MessageField values={values} errors={errors} />
      <SubmitButton>{id ? 'Save changes' : 'Create waiver'}</SubmitButton>
    </form>
  );
}

'use client';

import { Field, inputClass } from '@/components/admin/field';
import { PrecisionOptions, str, type Values } from '@/components/admin/record-form-parts';

/** A date with its precision, side by side, as the sanctions forms ask for them. */
export function DatedField({
  name,
  precisionName,
  label,
  values,
  errors,
  hint,
}: {
  name: string;
  precisionName: string;
  label: string;
  values: Values;
  errors: Record<string, string[]>;
  hint: string;
}) {
  return (
    <>
      <Field id={name} label={label} errors={errors[name]} hint={hint}>
        {(p) => <input {...p} type="date" name={name} defaultValue={str(values[name])} className={inputClass} />}
      </Field>
      <Field id={precisionName} label={`${label}: known to the`} errors={errors[precisionName]}>
        {(p) => (
          <select {...p} name={precisionName} defaultValue={str(values[precisionName]) || 'day'} className={inputClass}>
            <PrecisionOptions />
          </select>
        )}
      </Field>
    </>
  );
}

export function ActorSlugField({ values, errors }: { values: Values; errors: Record<string, string[]> }) {
  return (
    <Field id="actor" label="Actor (slug)" errors={errors.actor} hint="Type a name or slug and pick from the suggestions.">
      {(p) => <input {...p} name="actor" list="actor-options" defaultValue={str(values.actor)} maxLength={120} className={inputClass} />}
    </Field>
  );
}

export function NoteField({ values, errors, hint }: { values: Values; errors: Record<string, string[]>; hint: string }) {
  return (
    <Field id="note" label="Note (optional)" errors={errors.note} hint={hint}>
      {(p) => <textarea {...p} name="note" defaultValue={str(values.note)} rows={3} maxLength={1000} className={inputClass} />}
    </Field>
  );
}

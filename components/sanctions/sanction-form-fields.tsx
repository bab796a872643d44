'use client';

import { Field, inputClass } from '@/components/admin/field';
import { PrecisionOptions, str, type Values } from '@/components/admin/record-form-parts';
import { NamePicker } from '@/components/admin/name-picker';
import { choicesOf } from '@/lib/forms/choices';

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

export function ActorSlugField({
  values,
  errors,
  actors,
}: {
  values: Values;
  errors: Record<string, string[]>;
  actors: { value: string; label: string }[];
}) {
  return (
    <NamePicker
      id="actor"
      name="actor"
      label="Actor name"
      kind="actor"
      defaultValue={str(values.actor)}
      options={actors}
      errors={errors.actor}
      choices={choicesOf(errors, 'actor')}
      hint="Type a name or alias and pick from the suggestions."
    />
  );
}

export function NoteField({ values, errors, hint }: { values: Values; errors: Record<string, string[]>; hint: string }) {
  return (
    <Field id="note" label="Note (optional)" errors={errors.note} hint={hint}>
      {(p) => <textarea {...p} name="note" defaultValue={str(values.note)} rows={3} maxLength={1000} className={inputClass} />}
    </Field>
  );
}

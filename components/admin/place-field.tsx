import type { FormValue } from '@/lib/forms/form-data';
import { Field, inputClass } from './field';

const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/**
 * Where the event happened, for the map: a known place of the gazetteer (the
 * list `place-options` comes from components/map/place-datalist.tsx; the
 * server also accepts a place's name or alias) or typed coordinates. Errors
 * from lib/schemas/place.ts and lib/write/place.ts sit next to each field.
 */
export function PlaceField({ values, errors }: { values: Record<string, FormValue | undefined>; errors: Record<string, string[]> }) {
  return (
    <fieldset className="grid gap-4 rounded border border-slate-200 p-3 sm:col-span-2 sm:grid-cols-3 dark:border-slate-800">
      <legend className="px-1 text-sm font-semibold">Place on the map (optional)</legend>
      <Field
        id="place"
        label="Known place"
        errors={errors.place}
        hint="Type to pick from the list, e.g. Moscow. Or type coordinates instead."
      >
        {(p) => <input {...p} name="place" list="place-options" defaultValue={str(values.place)} maxLength={200} className={inputClass} />}
      </Field>
      <Field id="latitude" label="Latitude" errors={errors.latitude} hint="Decimal degrees, −90 (south) to 90 (north).">
        {(p) => (
          <input {...p} name="latitude" inputMode="decimal" defaultValue={str(values.latitude)} maxLength={20} className={inputClass} />
        )}
      </Field>
      <Field id="longitude" label="Longitude" errors={errors.longitude} hint="Decimal degrees, −180 (west) to 180 (east).">
        {(p) => (
          <input {...p} name="longitude" inputMode="decimal" defaultValue={str(values.longitude)} maxLength={20} className={inputClass} />
        )}
      </Field>
    </fieldset>
  );
}

'use client';

import { useRef, useState } from 'react';
import { sentChoices } from '@/lib/forms/choices';
import { NamePicker } from './name-picker';
import { AddRowButton, GroupErrors, type Option } from './record-form-parts';
import { useHydrated } from './use-hydrated';

/**
 * A list of records picked by name (an event's sectors or proposals, the
 * article review's other actors): one
 * name picker a row, posted as `<name>[i]` (`name` may be a path such as
 * `events.0.sectors`, as in the article review), plus a spare blank row; blank
 * rows are ignored, so without JavaScript clearing a field removes it.
 * With JavaScript, "Add another" adds a row and each row has a remove button.
 * The server resolves each name (errors at `<name>.<i>`, with candidates).
 */
export function NameListField({
  name,
  kind,
  legend,
  noun,
  values,
  options,
  errors,
  hint = 'Type a name; leave a row empty to drop it.',
}: {
  /** The posted field, also the errors' key ("sectors", "events.0.sectors"). */
  name: string;
  kind: 'sector' | 'proposal' | 'actor';
  legend: string;
  /** "Sector", "Proposal": labels the rows ("Sector 2") and the buttons. */
  noun: string;
  values: string[];
  options: Option[];
  errors: Record<string, string[]>;
  hint?: string;
}) {
  // Rows keep a stable key, so removing one leaves the others' typing alone.
  const next = useRef(values.length + 1);
  const [rows, setRows] = useState(() => [...values, ''].map((value, key) => ({ key, value })));
  // The buttons need JavaScript: without it none is shown (no dead buttons).
  const scripted = useHydrated();
  const lower = noun.toLowerCase();
  // Element ids can't hold the dots of a path.
  const idBase = name.replace(/\./g, '-');
  return (
    <fieldset className="space-y-2">
      <legend className="text-lg font-semibold">{legend}</legend>
      <p id={`${idBase}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {hint}
      </p>
      <GroupErrors id={`${idBase}-errors`} errors={errors[name]} />
      {rows.map((row, i) => (
        <div key={row.key} className="flex items-start gap-2">
          <div className="min-w-0 flex-1">
            <NamePicker
              id={`${idBase}-${i}`}
              name={`${name}[${i}]`}
              label={`${noun} ${i + 1}`}
              kind={kind}
              defaultValue={row.value}
              options={options}
              errors={errors[`${name}.${i}`]}
              choices={sentChoices(errors, `${name}.${i}`)}
            />
          </div>
          {scripted ? (
            <button
              type="button"
              onClick={() => setRows((list) => list.filter((r) => r.key !== row.key))}
              className="mt-6 rounded border border-slate-300 px-2 py-1 text-sm dark:border-slate-600"
            >
              Remove {lower} {i + 1}
            </button>
          ) : null}
        </div>
      ))}
      {/* AddRowButton shows itself once the page has hydrated. */}
      <AddRowButton onClick={() => setRows((list) => [...list, { key: next.current++, value: '' }])}>Add another {lower}</AddRowButton>
    </fieldset>
  );
}

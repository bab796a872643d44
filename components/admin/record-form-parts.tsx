'use client';

import { useActionState, useState } from 'react';
import { idle, type ActionState } from '@/lib/forms/action-state';
import type { FormValue } from '@/lib/forms/form-data';
import { choicesOf } from '@/lib/forms/choices';
import { Field, inputClass } from './field';
import { NamePicker } from './name-picker';
import { SourcePicker } from './source-picker';
import { useHydrated } from './use-hydrated';

export interface Option {
  value: string;
  label: string;
}

export type Values = Record<string, FormValue>;
export const str = (v: FormValue | undefined) =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
export const rows = (v: FormValue | undefined) => (Array.isArray(v) ? (v as Values[]) : []);
export const strings = (v: FormValue | undefined) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' && v ? [v] : []);

/**
 * The state of a record form, as EventForm keeps it: after an error or a
 * conflict the fields show the returned input, and `formKey` changes so the
 * fields remount with it (React's reset after an action cannot wipe them).
 */
export function useRecordForm(save: (state: ActionState, formData: FormData) => Promise<ActionState>, initial: Values) {
  const [state, action] = useActionState<ActionState, FormData>(save, idle);
  const values: Values = state.status === 'error' || state.status === 'conflict' ? state.values : initial;
  const errors = state.status === 'error' || state.status === 'conflict' ? state.fieldErrors : {};
  const formKey =
    state.status === 'idle'
      ? 'initial'
      : JSON.stringify(values).length + state.status + (state.status === 'conflict' ? state.currentVersion : '');
  return { state, action, values, errors, formKey };
}

/** The hidden version field: after a conflict it carries the current version, so saving again applies on top. */
export function VersionField({ state, version }: { state: ActionState; version?: number }) {
  return <input type="hidden" name="version" value={state.status === 'conflict' ? String(state.currentVersion) : String(version ?? '')} />;
}

/** "Add another …": adds a row through JavaScript, so it is not shown without it (the form then has its spare blank row). */
export function AddRowButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <button type="button" onClick={onClick} className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
      {children}
    </button>
  );
}

export function GroupErrors({ id, errors }: { id: string; errors?: string[] }) {
  return (
    <div id={id} aria-live="polite" className="text-sm text-red-700 dark:text-red-300">
      {errors?.join(' ')}
    </div>
  );
}

export function StatusSelect({
  name = 'status',
  value,
  errors,
  hint = 'Drafts never appear on public pages or in the API.',
}: {
  name?: string;
  value: string;
  errors?: string[];
  hint?: string;
}) {
  return (
    <Field id={name} label={name === 'status' ? 'Status' : 'Record status'} errors={errors} hint={hint}>
      {(p) => (
        <select {...p} name={name} defaultValue={value || 'draft'} className={inputClass}>
          <option value="draft">Draft</option>
          <option value="published">Published</option>
        </select>
      )}
    </Field>
  );
}

export function PrecisionOptions({ blank }: { blank?: string }) {
  return (
    <>
      {blank !== undefined ? <option value="">{blank}</option> : null}
      <option value="day">Day</option>
      <option value="month">Month</option>
      <option value="year">Year</option>
    </>
  );
}

/**
 * Citation rows as the event form has them (a source, a verbatim quote, an
 * optional speaker picked by name), with one spare blank row; blank rows are ignored.
 */
export function CitationRows({
  values,
  errors,
  sources,
  actors,
  requiredNote,
}: {
  values: Values[];
  errors: Record<string, string[]>;
  sources: Option[];
  /** Known actors, so a speaker's slug from a saved record shows as the name. */
  actors: Option[];
  requiredNote: string;
}) {
  const [count, setCount] = useState(values.length + 1);
  const err = (key: string) => errors[key];
  return (
    <fieldset className="space-y-3">
      <legend className="text-lg font-semibold">Citations</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{requiredNote}</p>
      <GroupErrors id="citations-errors" errors={err('citations')} />
      {Array.from({ length: count }, (_, i) => {
        const row = values[i] ?? {};
        return (
          <div key={i} className="grid gap-2 rounded border border-slate-200 p-2 sm:grid-cols-2 dark:border-slate-800">
            <SourcePicker row={i} value={str(row.source)} sources={sources} errors={errors} />
            <NamePicker
              id={`citations-${i}-speaker`}
              name={`citations[${i}].speaker`}
              label="Speaker’s name (optional)"
              kind="actor"
              defaultValue={str(row.speaker)}
              options={actors}
              errors={err(`citations.${i}.speaker`)}
              choices={choicesOf(errors, `citations.${i}.speaker`)}
            />
            <div className="sm:col-span-2">
              <Field id={`citations-${i}-quote`} label="Quote (a sentence or two, verbatim)" errors={err(`citations.${i}.quote`)}>
                {(p) => (
                  <textarea
                    {...p}
                    name={`citations[${i}].quote`}
                    defaultValue={str(row.quote)}
                    rows={2}
                    maxLength={600}
                    className={inputClass}
                  />
                )}
              </Field>
            </div>
          </div>
        );
      })}
      <AddRowButton onClick={() => setCount((n) => n + 1)}>Add another citation</AddRowButton>
    </fieldset>
  );
}

export function MessageField({ values, errors }: { values: Values; errors: Record<string, string[]> }) {
  return (
    <Field id="message" label="Note for the history (optional)" errors={errors.message}>
      {(p) => <input {...p} name="message" defaultValue={str(values.message)} maxLength={500} className={inputClass} />}
    </Field>
  );
}

/** A slug that follows the name until the editor edits it, as in the event form. */
export function useSlug(initial: string) {
  const [touched, setTouched] = useState(Boolean(initial));
  const [slug, setSlug] = useState(initial);
  return {
    slug,
    follow: (text: string, make: (t: string) => string) => {
      if (!touched) setSlug(make(text));
    },
    edit: (value: string) => {
      setTouched(true);
      setSlug(value);
    },
  };
}

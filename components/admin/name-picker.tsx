'use client';

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Choice } from '@/lib/forms/choices';
import { PICK } from '@/lib/forms/form-data';
import { inputClass } from './field';

type Kind = 'actor' | 'sector' | 'proposal' | 'event' | 'source';
interface Result {
  value: string;
  label: string;
  detail: string;
}

/** The server's matches (GET /admin/names); none when the request fails (offline, signed out). */
async function search$(kind: Kind, q: string): Promise<Result[]> {
  try {
    const response = await fetch(`/admin/names?${new URLSearchParams({ kind, q })}`, { headers: { Accept: 'application/json' } });
    if (!response.ok) return [];
    return ((await response.json()) as { results: Result[] }).results;
  } catch {
    return [];
  }
}

const NOUN: Record<Kind, string> = { actor: 'actor', sector: 'sector', proposal: 'proposal', event: 'event', source: 'source' };

/**
 * A field that takes a record by name (WAI-ARIA 1.2 combobox with a list
 * box). Typing searches names and aliases on the server; arrow keys move
 * through the results, Enter chooses, Escape closes; the number of results
 * is announced. Choosing a result also posts its slug in `pick:<name>`, so
 * two namesakes cannot be confused. Without JavaScript it is a plain text
 * field: the server resolves the name, alias or slug, and when a name is
 * ambiguous the candidates come back as radio buttons (`choices`); when it
 * is unknown and `createPrefix` is given, a "create a new actor named …"
 * checkbox and kind are offered (posted as `<createPrefix>.create`/`.createKind`).
 */
export function NamePicker({
  id,
  name,
  label,
  kind,
  defaultValue,
  errors,
  choices,
  createPrefix,
  offerCreate,
  hint,
  onPicked,
  value: controlled,
  options,
}: {
  id: string;
  name: string;
  label: string;
  kind: Kind;
  defaultValue?: string;
  errors?: string[];
  /** Candidates of an ambiguous name, or [] for an unknown one (then the create offer shows). */
  choices?: Choice[];
  createPrefix?: string;
  /** Offer "create a new actor" beside the candidates too (a name that matched none exactly). */
  offerCreate?: boolean;
  hint?: string;
  onPicked?: (result: Result) => void;
  /** The initial choice set from outside (an actor just created in the dialog; remount with a new key to apply). */
  value?: { label: string; value: string };
  /** Known records (slug → name): a slug posted back (an edit page) is shown as its name. */
  options?: { value: string; label: string }[];
}) {
  const known = controlled ?? (defaultValue ? options?.find((o) => o.value === defaultValue) : undefined);
  const [text, setText] = useState(known?.label ?? defaultValue ?? '');
  const [picked, setPicked] = useState(known?.value ?? '');
  const [results, setResults] = useState<Result[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');
  const seq = useRef(0);
  const listId = `${id}-listbox`;
  const statusId = useId();
  const describedBy = [`${id}-errors`, hint ? `${id}-hint` : ''].filter(Boolean).join(' ');

  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  /** Searches what the editor typed (never the initial value, so nothing runs on page load). */
  const search = (typed: string) => {
    clearTimeout(timer.current);
    const q = typed.trim();
    const mine = ++seq.current;
    if (!q) {
      setResults([]);
      setOpen(false);
      return;
    }
    // A short pause, so a search runs when the editor stops typing, not on every key.
    timer.current = setTimeout(async () => {
      const found = await search$(kind, q);
      if (mine !== seq.current) return;
      setResults(found);
      setActive(-1);
      setOpen(true);
      setAnnounce(
        found.length === 0
          ? `No ${NOUN[kind]} matches`
          : `${found.length} ${NOUN[kind]}${found.length === 1 ? '' : 's'} found; use the arrow keys`,
      );
    }, 200);
  };

  const choose = (r: Result) => {
    setText(r.label);
    setPicked(r.value);
    clearTimeout(timer.current);
    seq.current++; // a search still running must not reopen the list
    setOpen(false);
    setActive(-1);
    setAnnounce(`${r.label} chosen`);
    onPicked?.(r);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && results.length) setOpen(true);
      setActive((i) => (results.length ? (i + 1) % results.length : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open && results.length) setOpen(true);
      setActive((i) => (results.length ? (i <= 0 ? results.length - 1 : i - 1) : -1));
    } else if (e.key === 'Enter') {
      if (open && active >= 0 && results[active]) {
        e.preventDefault(); // choosing, not submitting the form
        choose(results[active]);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  const expanded = open && results.length > 0;
  return (
    <div className="relative">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        aria-invalid={Boolean(errors?.length)}
        autoComplete="off"
        maxLength={200}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setPicked('');
          search(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        className={inputClass}
      />
      {picked ? <input type="hidden" name={`${PICK}${name}`} value={picked} /> : null}
      <ul
        id={listId}
        role="listbox"
        aria-label={`${label}: results`}
        hidden={!expanded}
        className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded border border-slate-300 bg-white text-sm shadow dark:border-slate-600 dark:bg-slate-900"
      >
        {results.map((r, i) => (
          <li
            key={r.value}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => {
              e.preventDefault(); // keeps the focus in the field
              choose(r);
            }}
            className={`cursor-pointer px-2 py-1 ${i === active ? 'bg-blue-700 text-white' : ''}`}
          >
            {r.label}
            {r.detail ? <span className={i === active ? '' : 'text-slate-600 dark:text-slate-400'}> — {r.detail}</span> : null}
          </li>
        ))}
      </ul>
      <p id={statusId} role="status" aria-live="polite" className="sr-only">
        {announce}
      </p>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div id={`${id}-errors`} aria-live="polite" className="mt-1 text-sm text-red-700 dark:text-red-300">
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
      {choices && choices.length > 0 ? (
        <fieldset className="mt-1 space-y-1 text-sm">
          <legend className="font-medium">Which one did you mean?</legend>
          {choices.map((c) => (
            <label key={c.value} className="flex items-center gap-2">
              <input type="radio" name={`${PICK}${name}`} value={c.value} /> {c.label}
            </label>
          ))}
        </fieldset>
      ) : null}
      {choices && (choices.length === 0 || offerCreate) && createPrefix && text.trim() ? (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name={`${createPrefix}.create`} /> Create a new actor named “{text.trim()}”
          </label>
          <label className="flex items-center gap-1">
            as a
            <select
              name={`${createPrefix}.createKind`}
              defaultValue="person"
              className="rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-900"
            >
              <option value="person">person</option>
              <option value="organisation">organisation</option>
            </select>
          </label>
        </div>
      ) : null}
    </div>
  );
}

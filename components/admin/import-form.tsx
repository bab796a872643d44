'use client';

import Link from 'next/link';
import { useActionState, useState } from 'react';
import { importAction } from '@/lib/actions/import';
import type { ActionState } from '@/lib/forms/action-state';
import {
  importIdle,
  MAX_IMPORT_BYTES,
  type ImportPreview,
  type ImportReport,
  type ImportState,
  type PlanLink,
  type PlanSummaryItem,
} from '@/lib/schemas/import';
import { eventTypeLabels } from '@/lib/labels';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';

const limit = `${MAX_IMPORT_BYTES / 1024 / 1024} MB`;
const secondary =
  'rounded border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * Bulk import in two steps — preview, then import — through one server
 * action. Works without JavaScript: each step is a plain form, and the
 * preview (with the file's content in a hidden field) comes back as the
 * action's state.
 */
export function ImportForm() {
  const [state, action] = useActionState<ImportState, FormData>(importAction, importIdle);
  const status: ActionState =
    state.status === 'error'
      ? { status: 'error', formError: state.formError, fieldErrors: state.fieldErrors, values: {} }
      : state.status === 'preview' && state.formError
        ? { status: 'error', formError: state.formError, fieldErrors: {}, values: {} }
        : { status: 'idle' };

  if (state.status === 'done') return <Report report={state.report} />;
  return (
    <div className="space-y-8">
      <FormStatus state={status} id="import-status" />
      {state.status === 'preview' ? <Preview preview={state.preview} content={state.content} action={action} /> : null}
      <UploadForm
        key={state.status === 'error' ? JSON.stringify(state.fieldErrors) : state.status}
        action={action}
        errors={state.status === 'error' ? state.fieldErrors : {}}
        text={state.status === 'error' ? (state.values.text ?? '') : ''}
        again={state.status === 'preview'}
      />
    </div>
  );
}

function UploadForm({
  action,
  errors,
  text,
  again,
}: {
  action: (formData: FormData) => void;
  errors: Record<string, string[]>;
  text: string;
  again: boolean;
}) {
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const fileErrors = [...(tooLarge ? [tooLarge] : []), ...(errors.file ?? [])];
  return (
    <form
      action={action}
      className="space-y-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
      aria-describedby="import-status"
      onSubmit={(e) => {
        if (tooLarge) e.preventDefault();
      }}
    >
      <h2 className="text-lg font-semibold">{again ? 'Preview another file' : '1. Choose the file'}</h2>
      <Field
        id="import-file"
        label="CSV or JSON file"
        errors={fileErrors}
        hint={`The shape of the API's export: JSON { "data": [Event] } or [Event], or the columns of events.csv. At most ${limit}.`}
      >
        {(p) => (
          <input
            {...p}
            type="file"
            name="file"
            accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
            className={inputClass}
            onChange={(e) => {
              const file = e.target.files?.[0];
              setTooLarge(file && file.size > MAX_IMPORT_BYTES ? `The file is larger than ${limit}. Split it into smaller files.` : null);
            }}
          />
        )}
      </Field>
      <Field id="import-text" label="…or paste its contents" errors={errors.text} hint="Used only when no file is chosen.">
        {(p) => <textarea {...p} name="text" rows={6} defaultValue={text} className={`${inputClass} font-mono`} spellCheck={false} />}
      </Field>
      <Field
        id="import-kind"
        label="What the file holds"
        hint="FollowTheMoney: the entities file OpenSanctions publishes, one entity a line."
      >
        {(p) => (
          <select {...p} name="kind" defaultValue="events" className={inputClass}>
            <option value="events">Events (CSV or JSON, the API&apos;s export)</option>
            <option value="ftm">FollowTheMoney (JSONL): sanctions designations</option>
          </select>
        )}
      </Field>
      <SubmitButton name="step" value="preview" pendingText="Reading…" className={again ? secondary : undefined}>
        Preview
      </SubmitButton>
    </form>
  );
}

function Badge({ link }: { link: PlanLink }) {
  return link.status === 'matched' ? (
    <span className="rounded bg-green-100 px-1 text-xs text-green-900 dark:bg-green-900 dark:text-green-100">
      matched{link.by ? ` by ${link.by}` : ''}
    </span>
  ) : (
    <span className="rounded bg-blue-100 px-1 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">new</span>
  );
}

function Links({ title, links }: { title: string; links: PlanLink[] }) {
  if (links.length === 0) return null;
  return (
    <div>
      <span className="font-medium">{title}: </span>
      <ul className="inline">
        {links.map((l, i) => (
          <li key={l.key + i} className="inline after:content-[';_'] last:after:content-['']">
            {l.label} {l.status === 'matched' && l.existing && l.existing !== l.label ? <>→ {l.existing} </> : null}
            <Badge link={l} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function Preview({ preview, content, action }: { preview: ImportPreview; content: string; action: (formData: FormData) => void }) {
  const ok = preview.errorCount === 0;
  const n = preview.rows.length;
  const what = `${preview.format === 'ftm' ? 'designation' : 'event'}${n === 1 ? '' : 's'}`;
  return (
    <section aria-labelledby="preview-heading" className="space-y-4">
      <h2 id="preview-heading" className="text-lg font-semibold">
        2. Check the preview
      </h2>
      <p
        role="status"
        className={`rounded border p-3 text-sm ${ok ? 'border-green-300 bg-green-50 text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100' : 'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100'}`}
      >
        {preview.fileName ? `${preview.fileName}: ` : 'Pasted text: '}
        {n} {what} read as {preview.format.toUpperCase()}.{' '}
        {ok
          ? 'No problems found. Nothing has been written yet.'
          : `${preview.errorCount} row${preview.errorCount === 1 ? ' has' : 's have'} problems; fix the file and preview it again. Nothing is imported while any row has a problem.`}
      </p>
      {preview.notes.length ? (
        <ul className="list-disc space-y-1 pl-5 text-sm text-amber-900 dark:text-amber-100">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}

      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Every row of the file with its problems</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="p-2">
                Row
              </th>
              <th scope="col" className="p-2">
                Event
              </th>
              <th scope="col" className="p-2">
                Date
              </th>
              <th scope="col" className="p-2">
                Links
              </th>
              <th scope="col" className="p-2">
                Problems
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr
                key={r.row}
                id={`import-row-${r.row}`}
                className={`border-b border-slate-200 align-top dark:border-slate-800 ${r.errors.length ? 'bg-red-50 dark:bg-red-950/40' : ''}`}
              >
                <th scope="row" className="p-2 font-medium">
                  {r.row}
                  {r.line ? <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">line {r.line}</span> : null}
                </th>
                <td className="p-2">
                  <span className="block font-medium">{r.display.title || '—'}</span>
                  <code className="block text-xs">{r.display.slug || '—'}</code>
                  <span className="text-xs">{eventTypeLabels[r.display.type] ?? r.display.type}</span>
                </td>
                <td className="whitespace-nowrap p-2">{r.display.date || '—'}</td>
                <td className="space-y-1 p-2">
                  <Links title="Actors" links={r.actors} />
                  <Links title="Sectors" links={r.sectors} />
                  <Links title="Sources" links={r.sources} />
                  <Links title="Proposals" links={r.proposals} />
                </td>
                <td className="p-2">
                  {r.errors.length === 0 && r.warnings.length === 0 ? <span className="text-green-800 dark:text-green-300">OK</span> : null}
                  {r.errors.length ? (
                    <ul className="list-disc pl-4 text-red-800 dark:text-red-300" aria-label={`Problems in row ${r.row}`}>
                      {r.errors.map((e, i) => (
                        <li key={i}>{e}</li>
                      ))}
                    </ul>
                  ) : null}
                  {r.warnings.length ? (
                    <ul className="list-disc pl-4 text-amber-900 dark:text-amber-200" aria-label={`Notes on row ${r.row}`}>
                      {r.warnings.map((w, i) => (
                        <li key={i}>{w}</li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="grid gap-4 sm:grid-cols-2">
        <SummaryList
          title="Matched to existing records"
          empty="Nothing in the file matches an existing actor, sector or source."
          groups={[
            ['Actors', preview.matched.actors],
            ['Sectors', preview.matched.sectors],
            ['Sources', preview.matched.sources],
            ['Proposals', preview.matched.proposals],
          ]}
        />
        <SummaryList
          title="Will be created, as drafts"
          empty="No new actors, sectors or sources."
          groups={[
            ['Actors', preview.created.actors],
            ['Sectors', preview.created.sectors],
            ['Sources', preview.created.sources],
          ]}
        />
      </div>

      {ok ? (
        <form
          action={action}
          className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800"
          aria-describedby="import-status"
        >
          <h2 className="text-lg font-semibold">3. Import</h2>
          <p className="text-sm">
            All {n} {what} and every new record arrive as drafts, in one step: if anything fails, nothing is imported. The file is checked
            again first.
          </p>
          <input type="hidden" name="content" value={content} />
          <input type="hidden" name="fileName" value={preview.fileName ?? ''} />
          <input type="hidden" name="kind" value={preview.format === 'ftm' ? 'ftm' : 'events'} />
          <SubmitButton name="step" value="import" pendingText="Importing…">
            Import {n} {what} as drafts
          </SubmitButton>
        </form>
      ) : null}
    </section>
  );
}

function SummaryList({ title, empty, groups }: { title: string; empty: string; groups: [string, PlanSummaryItem[]][] }) {
  const any = groups.some(([, items]) => items.length);
  return (
    <section className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
      <h3 className="font-semibold">{title}</h3>
      {!any ? <p className="mt-1">{empty}</p> : null}
      {groups
        .filter(([, items]) => items.length)
        .map(([name, items]) => (
          <div key={name} className="mt-2">
            <h4 className="font-medium">{name}</h4>
            <ul className="list-disc pl-5">
              {items.map((item) => (
                <li key={item.key}>
                  {item.label}
                  {item.existing && item.existing !== item.label ? <> → {item.existing}</> : null}{' '}
                  <code className="text-xs">{item.key}</code>
                  {item.by ? ` (by ${item.by})` : ''}
                  {item.kind ? ` (${item.kind})` : ''} — row{item.rows.length === 1 ? '' : 's'} {item.rows.join(', ')}
                </li>
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}

function Report({ report }: { report: ImportReport }) {
  if (report.designations) return <DesignationReport designations={report.designations} sources={report.created.sources} />;
  const n = report.events.length;
  const createdAny = report.created.actors.length + report.created.sectors.length + report.created.sources.length > 0;
  return (
    <section aria-labelledby="report-heading" className="space-y-4">
      <div
        role="status"
        aria-live="polite"
        className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
      >
        <h2 id="report-heading" className="font-semibold">
          Imported {n} event{n === 1 ? '' : 's'} as drafts.
        </h2>
        <p>Each has a revision in its history. Review them, add citations where needed, and publish them from the event form.</p>
      </div>
      <section>
        <h3 className="font-semibold">Events created</h3>
        <ul className="list-disc pl-5 text-sm">
          {report.events.map((e) => (
            <li key={e.id}>
              <Link className="underline" href={`/admin/events/${e.id}`}>
                {e.title}
              </Link>{' '}
              <code className="text-xs">{e.slug}</code>
            </li>
          ))}
        </ul>
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <section className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
          <h3 className="font-semibold">Created (drafts)</h3>
          {!createdAny ? <p>No new actors, sectors or sources.</p> : null}
          {report.created.actors.length ? (
            <>
              <h4 className="mt-2 font-medium">Actors</h4>
              <ul className="list-disc pl-5">
                {report.created.actors.map((a) => (
                  <li key={a.id}>
                    <Link className="underline" href={`/admin/actors/${a.id}`}>
                      {a.name}
                    </Link>{' '}
                    <code className="text-xs">{a.slug}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.created.sectors.length ? (
            <>
              <h4 className="mt-2 font-medium">Sectors</h4>
              <ul className="list-disc pl-5">
                {report.created.sectors.map((s) => (
                  <li key={s.id}>
                    <Link className="underline" href={`/admin/sectors/${s.id}`}>
                      {s.name}
                    </Link>{' '}
                    <code className="text-xs">{s.slug}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {report.created.sources.length ? (
            <>
              <h4 className="mt-2 font-medium">Sources</h4>
              <ul className="list-disc pl-5">
                {report.created.sources.map((s) => (
                  <li key={s.id}>
                    <Link className="underline" href={`/admin/sources/${encodeURIComponent(s.id)}`}>
                      {s.title}
                    </Link>{' '}
                    <code className="text-xs">{s.id}</code>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
        <SummaryList
          title="Matched to existing records"
          empty="Nothing matched existing records."
          groups={[
            ['Actors', report.matched.actors],
            ['Sectors', report.matched.sectors],
            ['Sources', report.matched.sources],
            ['Proposals', report.matched.proposals],
          ]}
        />
      </div>
      {/* A full page load, so the form starts afresh. */}
      <p>
        <a className="underline" href="/admin/import">
          Import another file
        </a>
      </p>
    </section>
  );
}

/** A FollowTheMoney import's outcome: the designations (drafts) and the sources it created. */
function DesignationReport({
  designations,
  sources,
}: {
  designations: { id: string; label: string }[];
  sources: { id: string; title: string }[];
}) {
  const n = designations.length;
  return (
    <section aria-labelledby="report-heading" className="space-y-4">
      <div
        role="status"
        aria-live="polite"
        className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
      >
        <h2 id="report-heading" className="font-semibold">
          Imported {n} designation{n === 1 ? '' : 's'} as drafts.
        </h2>
        <p>Each has a revision in its history. Check them, add citations where needed, and publish them from the designation form.</p>
      </div>
      <ul className="list-disc pl-5 text-sm">
        {designations.map((d) => (
          <li key={d.id}>
            <Link className="underline" href={`/admin/sanctions/designations/${d.id}`}>
              {d.label}
            </Link>
          </li>
        ))}
      </ul>
      {sources.length ? <p className="text-sm">New sources (drafts): {sources.map((s) => s.title).join('; ')}</p> : null}
    </section>
  );
}

'use client';

import type { FormValue } from '@/lib/forms/form-data';
import type { ArticleState } from '@/lib/article/state';
import { eventTypeLabels, roleLabels } from '@/lib/labels';
import { formatDateLabel } from '@/lib/dates';
import { Field, inputClass } from './field';
import { SubmitButton } from './submit-button';
import { plural } from '@/lib/plural';
import { sentChoices } from '@/lib/forms/choices';
import { NameListField } from './name-list-field';
import { NamePicker } from './name-picker';

type Values = Record<string, FormValue>;
type Review = Extract<ArticleState, { status: 'review' }>;
const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : '');
const rows = (v: FormValue | undefined) => (Array.isArray(v) ? (v as Values[]) : []);
const list = (v: FormValue | undefined) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' && v ? [v] : []);
const on = (v: FormValue | undefined) => v === 'on' || v === 'true';
const errorText = 'text-sm text-red-700 dark:text-red-300';
const secondary =
  'rounded border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-600 dark:hover:bg-slate-800';
const dateLabel = (d: { start: string; precision: 'day' | 'month' | 'year'; end?: string; approximate: boolean }) =>
  formatDateLabel(new Date(`${d.start}T00:00:00Z`), d.precision, d.end ? new Date(`${d.end}T00:00:00Z`) : null, d.approximate);

/** A group of checkboxes with its errors beside it. */
function CheckGroup({
  id,
  legend,
  errors,
  children,
}: {
  id: string;
  legend: string;
  errors?: string[];
  children: (describedBy: string) => React.ReactNode;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">{children(`${id}-errors`)}</div>
      <div id={`${id}-errors`} aria-live="polite" className={errorText}>
        {errors?.map((e) => (
          <p key={e}>{e}</p>
        ))}
      </div>
    </fieldset>
  );
}

function Quote({
  id,
  name,
  value,
  errors,
  label = 'Quote (the sentence it came from; becomes the citation)',
}: {
  id: string;
  name: string;
  value: string;
  errors?: string[];
  label?: string;
}) {
  return (
    <Field id={id} label={label} errors={errors}>
      {(p) => (
        <textarea {...p} name={name} defaultValue={value} rows={3} className={`${inputClass} bg-slate-50 italic dark:bg-slate-950`} />
      )}
    </Field>
  );
}

/**
 * Step 2: every proposal as an editable row with an "Accept" box. Only
 * ticked rows are checked and created; the rest are ignored.
 */
export function ArticleReview({ state, action }: { state: Review; action: (formData: FormData) => void }) {
  const { proposals, values, fieldErrors: errors, sectors } = state;
  const err = (k: string) => errors[k];
  const article = (values.article ?? {}) as Values;
  const actorInfo = new Map(proposals.actors.map((a) => [a.key, a]));
  const knownActors = proposals.actors.filter((a) => a.known);
  const eventRows = rows(values.events);
  const actorRows = rows(values.actors);
  const figureRows = rows(values.figures);
  const articleErrors = Object.entries(errors).filter(([k]) => k.startsWith('article.'));

  return (
    <form action={action} className="space-y-8" aria-describedby="article-status" noValidate>
      <section aria-labelledby="source-heading" className="space-y-2 rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
        <h2 id="source-heading" className="text-lg font-semibold">
          2. Review the proposals
        </h2>
        <p>
          Source: <strong>{str(article.title)}</strong>
          {str(article.outlet) ? `, ${str(article.outlet)}` : ''}
          {str(article.author) ? `, by ${str(article.author)}` : ''}, published {str(article.publishedAt)}
          {str(article.publishedPrecision) && str(article.publishedPrecision) !== 'day'
            ? ` (known to the ${str(article.publishedPrecision)})`
            : ''}
          . It is created, published, when you create at least one event or figure, and each of them cites it with its sentence.
        </p>
        {articleErrors.length ? (
          <div className={errorText} aria-live="polite">
            {articleErrors.flatMap(([, v]) => v).join(' ')}
          </div>
        ) : null}
        <ul className="list-disc pl-5 text-slate-700 dark:text-slate-300">
          {proposals.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
          <li>{plural(proposals.sentenceCount, 'sentence')} read. Nothing is created until you tick “Accept” and press “Create drafts”.</li>
        </ul>
        {['title', 'outlet', 'author', 'publishedAt', 'publishedPrecision', 'url', 'kind', 'text'].map((k) => (
          <input key={k} type="hidden" name={`article.${k}`} value={str(article[k])} />
        ))}
        {/* Plain submit buttons: they work without JavaScript, and keep every edit made below. */}
        <div role="group" aria-label="Tick every proposal at once" className="flex flex-wrap gap-3 pt-2">
          <SubmitButton name="step" value="accept-all" pendingText="Working…" className={secondary}>
            Accept all
          </SubmitButton>
          <SubmitButton name="step" value="reject-all" pendingText="Working…" className={secondary}>
            Reject all
          </SubmitButton>
        </div>
      </section>

      <section aria-labelledby="events-heading" className="space-y-4">
        <h2 id="events-heading" className="text-lg font-semibold">
          Dated events ({eventRows.length})
        </h2>
        {eventRows.length === 0 ? <p className="text-sm">No sentence with a date was found.</p> : null}
        {eventRows.map((row, i) => {
          const p = proposals.events.find((e) => e.key === row.key);
          const base = `events.${i}`;
          const id = `events-${i}`;
          const chosenActors = new Set(list(row.actors));
          const actorKeys = [...new Set([...(p?.actors ?? []), ...chosenActors])];
          return (
            <fieldset key={str(row.key) || i} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <legend className="px-1 font-semibold">
                Event {i + 1}
                {p ? `: “${p.dateText}” → ${dateLabel(p.date)}` : ''}
              </legend>
              <input type="hidden" name={`${base}.key`} value={str(row.key)} />
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" name={`${base}.accept`} defaultChecked={on(row.accept)} /> Accept: create this event as a draft
              </label>
              {p ? (
                <div className="text-xs text-slate-700 dark:text-slate-300">
                  <p>Date: {p.dateNote}</p>
                  {p.otherDates.length ? (
                    <p>Other dates in this sentence: {p.otherDates.map((d) => `“${d.text}” (${dateLabel(d.date)})`).join('; ')}.</p>
                  ) : null}
                </div>
              ) : null}
              <Quote id={`${id}-quote`} name={`${base}.quote`} value={str(row.quote)} errors={err(`${base}.quote`)} />
              <Field id={`${id}-title`} label="Title" errors={err(`${base}.title`)}>
                {(fp) => <input {...fp} name={`${base}.title`} defaultValue={str(row.title)} maxLength={200} className={inputClass} />}
              </Field>
              <Field id={`${id}-summary`} label="Summary" errors={err(`${base}.summary`)} hint="Neutral and attributed: say who said what.">
                {(fp) => (
                  <textarea
                    {...fp}
                    name={`${base}.summary`}
                    defaultValue={str(row.summary)}
                    rows={3}
                    maxLength={4000}
                    className={inputClass}
                  />
                )}
              </Field>
              <div className="grid gap-3 sm:grid-cols-3">
                <Field id={`${id}-type`} label="Type" errors={err(`${base}.type`)}>
                  {(fp) => (
                    <select {...fp} name={`${base}.type`} defaultValue={str(row.type) || 'other'} className={inputClass}>
                      {Object.entries(eventTypeLabels).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field id={`${id}-startDate`} label="Date" errors={err(`${base}.startDate`)} hint="For a month or year, its first day.">
                  {(fp) => (
                    <input {...fp} type="date" name={`${base}.startDate`} defaultValue={str(row.startDate)} className={inputClass} />
                  )}
                </Field>
                <Field id={`${id}-precision`} label="Date known to the" errors={err(`${base}.precision`)}>
                  {(fp) => (
                    <select {...fp} name={`${base}.precision`} defaultValue={str(row.precision) || 'day'} className={inputClass}>
                      <option value="day">Day</option>
                      <option value="month">Month</option>
                      <option value="year">Year</option>
                    </select>
                  )}
                </Field>
                <Field id={`${id}-endDate`} label="End date (optional)" errors={err(`${base}.endDate`)}>
                  {(fp) => <input {...fp} type="date" name={`${base}.endDate`} defaultValue={str(row.endDate)} className={inputClass} />}
                </Field>
                <div className="flex items-center gap-2 pt-6">
                  <input id={`${id}-approximate`} type="checkbox" name={`${base}.approximate`} defaultChecked={on(row.approximate)} />
                  <label htmlFor={`${id}-approximate`} className="text-sm">
                    The date is approximate (“c.”)
                  </label>
                </div>
                <Field id={`${id}-role`} label="Role of the ticked actors" errors={err(`${base}.role`)}>
                  {(fp) => (
                    <select {...fp} name={`${base}.role`} defaultValue={str(row.role) || 'mentioned'} className={inputClass}>
                      {Object.entries(roleLabels).map(([value, label]) => (
                        <option key={value} value={value}>
                          {label}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              <CheckGroup id={`${id}-actors`} legend="Actors named in the sentence" errors={err(`${base}.actors`)}>
                {(describedBy) =>
                  actorKeys.length === 0 ? (
                    <span className="text-sm text-slate-600 dark:text-slate-400">None found.</span>
                  ) : (
                    actorKeys.map((k) => {
                      const a = actorInfo.get(k);
                      return (
                        <label key={k} className="flex items-center gap-1 text-sm">
                          <input
                            type="checkbox"
                            name={`${base}.actors`}
                            value={k}
                            defaultChecked={chosenActors.has(k)}
                            aria-describedby={describedBy}
                          />{' '}
                          {a?.name ?? k}
                          {a && !a.known ? (
                            <span className="rounded bg-blue-100 px-1 text-xs text-blue-900 dark:bg-blue-900 dark:text-blue-100">new</span>
                          ) : null}
                        </label>
                      );
                    })
                  )
                }
              </CheckGroup>
              <NameListField
                name={`${base}.otherActors`}
                kind="actor"
                legend="Other actors (optional)"
                noun="Actor"
                hint="Type a known actor’s name or alias, or the name of a new actor accepted under “New actors”; leave a row empty to drop it."
                values={list(row.otherActors)}
                options={state.actors}
                errors={errors}
              />
              <NameListField
                name={`${base}.sectors`}
                kind="sector"
                legend="Sectors"
                noun="Sector"
                values={list(row.sectors)}
                options={sectors}
                errors={errors}
              />
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="actors-heading" className="space-y-4">
        <h2 id="actors-heading" className="text-lg font-semibold">
          Actors
        </h2>
        <p className="text-sm">
          Already known:{' '}
          {knownActors.length
            ? knownActors.map((a) => `${a.name} (${a.mentions} mention${a.mentions === 1 ? '' : 's'})`).join(', ')
            : 'none of the known actors is named'}
          .
        </p>
        <h3 className="font-semibold">New actors ({actorRows.length})</h3>
        {actorRows.length === 0 ? <p className="text-sm">No new names found.</p> : null}
        {actorRows.map((row, i) => {
          const base = `actors.${i}`;
          const id = `actors-${i}`;
          const p = actorInfo.get(str(row.key));
          return (
            <fieldset key={str(row.key) || i} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <legend className="px-1 font-semibold">New actor: {p?.name ?? str(row.name)}</legend>
              <input type="hidden" name={`${base}.key`} value={str(row.key)} />
              <input type="hidden" name={`${base}.quote`} value={str(row.quote)} />
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" name={`${base}.accept`} defaultChecked={on(row.accept)} /> Accept: create this actor as a draft
              </label>
              <p className="text-sm italic">“{str(row.quote)}”</p>
              <div className="grid gap-3 sm:grid-cols-2">
                <Field id={`${id}-name`} label="Name" errors={err(`${base}.name`)}>
                  {(fp) => <input {...fp} name={`${base}.name`} defaultValue={str(row.name)} maxLength={200} className={inputClass} />}
                </Field>
                <Field id={`${id}-kind`} label="Kind" errors={err(`${base}.kind`)}>
                  {(fp) => (
                    <select {...fp} name={`${base}.kind`} defaultValue={str(row.kind) || 'person'} className={inputClass}>
                      <option value="person">Person</option>
                      <option value="organisation">Organisation</option>
                    </select>
                  )}
                </Field>
              </div>
            </fieldset>
          );
        })}
      </section>

      <section aria-labelledby="sectors-heading" className="space-y-2">
        <h2 id="sectors-heading" className="text-lg font-semibold">
          Sectors found
        </h2>
        {proposals.sectors.length === 0 ? (
          <p className="text-sm">No sector keywords found.</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {proposals.sectors.map((s) => (
              <li key={s.slug}>
                {s.name}: {s.keywords.map((k) => `“${k}”`).join(', ')} ({s.mentions} sentence{s.mentions === 1 ? '' : 's'})
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="figures-heading" className="space-y-4">
        <h2 id="figures-heading" className="text-lg font-semibold">
          Figures ({figureRows.length})
        </h2>
        {figureRows.length === 0 ? <p className="text-sm">No amounts or quantities found.</p> : null}
        {figureRows.map((row, i) => {
          const base = `figures.${i}`;
          const id = `figures-${i}`;
          const p = proposals.figures.find((f) => f.key === row.key);
          return (
            <fieldset key={str(row.key) || i} className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <legend className="px-1 font-semibold">
                Figure {i + 1}
                {p ? `: “${p.text}”` : ''}
              </legend>
              <input type="hidden" name={`${base}.key`} value={str(row.key)} />
              <label className="flex items-center gap-2 font-medium">
                <input type="checkbox" name={`${base}.accept`} defaultChecked={on(row.accept)} /> Accept: create this figure as a draft
              </label>
              <Quote id={`${id}-quote`} name={`${base}.quote`} value={str(row.quote)} errors={err(`${base}.quote`)} />
              <Field id={`${id}-label`} label="Label (what the number measures)" errors={err(`${base}.label`)}>
                {(fp) => <input {...fp} name={`${base}.label`} defaultValue={str(row.label)} maxLength={300} className={inputClass} />}
              </Field>
              <div className="grid gap-3 sm:grid-cols-3">
                <Field id={`${id}-value`} label="Value" errors={err(`${base}.value`)}>
                  {(fp) => (
                    <input {...fp} name={`${base}.value`} defaultValue={str(row.value)} inputMode="decimal" className={inputClass} />
                  )}
                </Field>
                <Field id={`${id}-unit`} label="Unit" errors={err(`${base}.unit`)} hint="billion, percent, million barrels…">
                  {(fp) => <input {...fp} name={`${base}.unit`} defaultValue={str(row.unit)} maxLength={60} className={inputClass} />}
                </Field>
                <Field id={`${id}-currency`} label="Currency (optional)" errors={err(`${base}.currency`)} hint="USD, EUR, RUB…">
                  {(fp) => (
                    <input {...fp} name={`${base}.currency`} defaultValue={str(row.currency)} maxLength={3} className={inputClass} />
                  )}
                </Field>
                <NamePicker
                  id={`${id}-sector`}
                  name={`${base}.sector`}
                  label="Sector (optional)"
                  kind="sector"
                  defaultValue={str(row.sector)}
                  options={sectors}
                  errors={err(`${base}.sector`)}
                  choices={sentChoices(errors, `${base}.sector`)}
                />
                <Field id={`${id}-asOf`} label="As of (optional)" errors={err(`${base}.asOf`)}>
                  {(fp) => <input {...fp} type="date" name={`${base}.asOf`} defaultValue={str(row.asOf)} className={inputClass} />}
                </Field>
                <Field id={`${id}-asOfPrecision`} label="As-of date known to the" errors={err(`${base}.asOfPrecision`)}>
                  {(fp) => (
                    <select {...fp} name={`${base}.asOfPrecision`} defaultValue={str(row.asOfPrecision) || 'day'} className={inputClass}>
                      <option value="day">Day</option>
                      <option value="month">Month</option>
                      <option value="year">Year</option>
                    </select>
                  )}
                </Field>
              </div>
            </fieldset>
          );
        })}
      </section>

      <div className="flex flex-wrap gap-3">
        <SubmitButton name="step" value="create" pendingText="Working…">
          Create drafts
        </SubmitButton>
        <SubmitButton name="step" value="edit" pendingText="Working…" className={secondary}>
          Back to the article
        </SubmitButton>
      </div>
    </form>
  );
}

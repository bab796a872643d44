'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { articleAction } from '@/lib/actions/article';
import type { ActionState } from '@/lib/forms/action-state';
import type { FormValue } from '@/lib/forms/form-data';
import { articleIdle, type ArticleCreated, type ArticleState } from '@/lib/article/state';
import { MAX_ARTICLE_CHARS } from '@/lib/schemas/article';
import { sourceKindLabels } from '@/lib/labels';
import { ArticleReview } from './article-review';
import { Field, inputClass } from './field';
import { FormStatus } from './form-status';
import { SubmitButton } from './submit-button';

type Values = Record<string, FormValue>;
const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : '');

/**
 * "From an article": paste an article (step 1), review what it proposes
 * (step 2), create the accepted items as drafts. One server action; each
 * step is a plain form, so it all works without JavaScript.
 */
export function ArticleForm() {
  const [state, action] = useActionState<ArticleState, FormData>(articleAction, articleIdle);
  const status: ActionState =
    (state.status === 'article' || state.status === 'review') && state.formError
      ? { status: 'error', formError: state.formError, fieldErrors: {}, values: {} }
      : { status: 'idle' };
  // Remount with the returned values, so React's form reset after an action cannot wipe them.
  const key =
    state.status === 'idle' || state.status === 'done'
      ? state.status
      : `${state.status}-${JSON.stringify(state.fieldErrors)}-${JSON.stringify(state.values).length}`;

  if (state.status === 'done') return <Created created={state.created} />;
  return (
    <div className="space-y-6">
      <FormStatus state={status} id="article-status" />
      {state.status === 'review' ? (
        <ArticleReview key={key} state={state} action={action} />
      ) : (
        <ArticleFields
          key={key}
          action={action}
          values={state.status === 'article' ? state.values : {}}
          errors={state.status === 'article' ? state.fieldErrors : {}}
        />
      )}
    </div>
  );
}

function ArticleFields({
  action,
  values,
  errors,
}: {
  action: (formData: FormData) => void;
  values: Values;
  errors: Record<string, string[]>;
}) {
  const err = (k: string) => errors[`article.${k}`];
  return (
    <form action={action} className="space-y-4" aria-describedby="article-status" noValidate>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">1. The article</legend>
        <div className="sm:col-span-2">
          <Field id="article-title" label="Title" errors={err('title')}>
            {(p) => <input {...p} name="article.title" defaultValue={str(values.title)} maxLength={300} className={inputClass} />}
          </Field>
        </div>
        <Field id="article-outlet" label="Outlet (optional)" errors={err('outlet')}>
          {(p) => <input {...p} name="article.outlet" defaultValue={str(values.outlet)} maxLength={200} className={inputClass} />}
        </Field>
        <Field id="article-author" label="Author (optional)" errors={err('author')}>
          {(p) => <input {...p} name="article.author" defaultValue={str(values.author)} maxLength={200} className={inputClass} />}
        </Field>
        <Field
          id="article-publishedAt"
          label="Published"
          errors={err('publishedAt')}
          hint="Relative dates in the text (“on Tuesday”, “last week”) are counted from this date."
        >
          {(p) => <input {...p} type="date" name="article.publishedAt" defaultValue={str(values.publishedAt)} className={inputClass} />}
        </Field>
        <Field
          id="article-publishedPrecision"
          label="Publication date known to the"
          errors={err('publishedPrecision')}
          hint="For a month or a year, use its first day."
        >
          {(p) => (
            <select {...p} name="article.publishedPrecision" defaultValue={str(values.publishedPrecision) || 'day'} className={inputClass}>
              <option value="day">Day</option>
              <option value="month">Month</option>
              <option value="year">Year</option>
            </select>
          )}
        </Field>
        <Field id="article-url" label="Address (URL, optional)" errors={err('url')}>
          {(p) => <input {...p} type="url" name="article.url" defaultValue={str(values.url)} maxLength={1000} className={inputClass} />}
        </Field>
        <Field id="article-kind" label="Kind of source" errors={err('kind')}>
          {(p) => (
            <select {...p} name="article.kind" defaultValue={str(values.kind) || 'news'} className={inputClass}>
              {Object.entries(sourceKindLabels).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="sm:col-span-2">
          <Field
            id="article-text"
            label="The article's text"
            errors={err('text')}
            hint="Paste the body of the article. Nothing is saved at this step; nothing leaves this server."
          >
            {(p) => (
              <textarea
                {...p}
                name="article.text"
                defaultValue={str(values.text)}
                rows={14}
                maxLength={MAX_ARTICLE_CHARS}
                className={inputClass}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <SubmitButton name="step" value="extract" pendingText="Reading…">
        Propose events, actors and figures
      </SubmitButton>
    </form>
  );
}

function Created({ created }: { created: ArticleCreated }) {
  const newActors = created.actors.filter((a) => !a.existing);
  const linked = created.actors.filter((a) => a.existing);
  return (
    <section aria-labelledby="created-heading" className="space-y-4">
      <div
        role="status"
        aria-live="polite"
        className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
      >
        <h2 id="created-heading" className="font-semibold">
          Created {created.events.length} draft event{created.events.length === 1 ? '' : 's'}, {created.figures.length} draft figure
          {created.figures.length === 1 ? '' : 's'} and {newActors.length} new actor{newActors.length === 1 ? '' : 's'}.
        </h2>
        <p>Drafts do not appear on public pages until published. Review each one before publishing it.</p>
      </div>
      {created.source ? (
        <p className="text-sm">
          Source:{' '}
          <Link className="underline" href={`/admin/sources/${encodeURIComponent(created.source.id)}`}>
            {created.source.title}
          </Link>{' '}
          <code className="text-xs">{created.source.id}</code>
        </p>
      ) : null}
      {created.events.length ? (
        <section>
          <h3 className="font-semibold">Draft events</h3>
          <ul className="list-disc pl-5 text-sm">
            {created.events.map((e) => (
              <li key={e.id}>
                <Link className="underline" href={`/admin/events/${e.id}`}>
                  {e.title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {created.figures.length ? (
        <section>
          <h3 className="font-semibold">Draft figures</h3>
          <ul className="list-disc pl-5 text-sm">
            {created.figures.map((f) => (
              <li key={f.id}>
                <Link className="underline" href={`/admin/figures/${f.id}`}>
                  {f.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {newActors.length ? (
        <section>
          <h3 className="font-semibold">New actors (drafts)</h3>
          <ul className="list-disc pl-5 text-sm">
            {newActors.map((a) => (
              <li key={a.id}>
                <Link className="underline" href={`/admin/actors/${a.id}`}>
                  {a.name}
                </Link>{' '}
                <code className="text-xs">{a.slug}</code>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {linked.length ? (
        <p className="text-sm">Linked to existing actors instead of creating them again: {linked.map((a) => a.name).join(', ')}.</p>
      ) : null}
      {/* A full page load, so the form starts afresh. */}
      <p>
        <a className="underline" href="/admin/from-article">
          Start with another article
        </a>
      </p>
    </section>
  );
}

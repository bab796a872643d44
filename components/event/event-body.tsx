import Link from 'next/link';
import type { ReactNode } from 'react';
import type { EventDTO } from '@/lib/data/events';
import { eventTypeLabels, proposalStatusLabels, roleLabels } from '@/lib/labels';
import { CitationList } from '@/components/citation-list';

/**
 * An event's public body (date, title, summary, who, sectors, proposals,
 * sources): one layout for the permalink, its stored versions
 * (/events/{slug}/revisions/{n}) and the editors' preview, so a preview or an
 * old version reads exactly like the page readers get. `afterSummary` holds
 * the permalink's own tools (link, outputs, versions); `actorNote` adds a line
 * under a participant (the sanctions status at the time of the event).
 */
export function EventBody({
  event,
  afterSummary,
  actorNote,
  proposalStatusLabel = 'status',
}: {
  event: EventDTO;
  afterSummary?: ReactNode;
  actorNote?: (actorSlug: string) => ReactNode;
  /** "status today" on an old version: statuses are not part of what a version stored. */
  proposalStatusLabel?: string;
}) {
  return (
    <>
      <header className="space-y-2">
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <time dateTime={event.date.start}>{event.date.label}</time>
          {event.date.approximate ? <span> (approximate date)</span> : null}
          {' · '}
          {eventTypeLabels[event.type]}
          {event.location ? ` · ${event.location}` : ''}
        </p>
        <h1 className="text-3xl font-bold tracking-tight">{event.title}</h1>
        {event.date.precision !== 'day' ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">The sources date this event only to the {event.date.precision}.</p>
        ) : null}
      </header>
      <p className="text-lg leading-relaxed">{event.summary}</p>
      {afterSummary}

      {event.actors.length > 0 ? (
        <section aria-labelledby="actors-heading">
          <h2 id="actors-heading" className="text-xl font-semibold">
            Who
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {event.actors.map((a) => (
              <li key={a.slug} className="rounded border border-slate-200 p-2 dark:border-slate-800">
                <Link href={`/actors/${a.slug}`} className="font-medium underline">
                  {a.name}
                </Link>
                <span className="block text-sm text-slate-600 dark:text-slate-400">
                  {roleLabels[a.role] ?? a.role}
                  {a.title ? ` · ${a.title}` : ''}
                </span>
                {actorNote?.(a.slug)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.sectors.length > 0 ? (
        <section aria-labelledby="sectors-heading">
          <h2 id="sectors-heading" className="text-xl font-semibold">
            Sectors
          </h2>
          <ul className="mt-2 flex flex-wrap gap-2">
            {event.sectors.map((s) => (
              <li key={s.slug}>
                <Link href={`/sectors/${s.slug}`} className="rounded-full bg-slate-100 px-3 py-1 text-sm underline dark:bg-slate-800">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {event.proposals.length > 0 ? (
        <section aria-labelledby="proposals-heading">
          <h2 id="proposals-heading" className="text-xl font-semibold">
            Proposals
          </h2>
          <ul className="mt-2 space-y-1">
            {event.proposals.map((p) => (
              <li key={p.slug}>
                {p.title} —{' '}
                <span className="text-sm">
                  {proposalStatusLabel}: {proposalStatusLabels[p.status] ?? p.status}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className="text-xl font-semibold">
          Sources
        </h2>
        <div className="mt-2">
          <CitationList citations={event.citations} />
        </div>
      </section>
    </>
  );
}

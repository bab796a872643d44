import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getEventCached, permalink, type EventDetail } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';
import { CopyLink } from '@/components/copy-link';
import { EventBody } from '@/components/event/event-body';
import { jsonLdScript } from '@/lib/json-ld';
import { EventOutputs } from '@/components/outputs/event-outputs';
import { eventAlternates } from '@/lib/feeds/alternates';
import { eventParticipantSanctions } from '@/lib/data/sanctions';
import { ParticipantSanctionBadge } from '@/components/sanctions/participant-sanction-badge';
import { EventVersions } from '@/components/revisions/event-versions';

// Rendered on first request, then served from the full-route cache until a
// write revalidates the "events" tag (docs/decisions/0003-caching.md).
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const event = await getEventCached(slug);
  if (!event) return { title: 'Event not found', robots: { index: false } };
  const description = `${event.date.label} · ${eventTypeLabels[event.type]}. ${event.summary}`.slice(0, 300);
  return {
    title: event.title,
    description,
    alternates: { canonical: `/events/${event.slug}`, types: eventAlternates(event) },
    openGraph: { type: 'article', title: event.title, description, url: `/events/${event.slug}`, modifiedTime: event.updatedAt },
    twitter: { card: 'summary_large_image', title: event.title, description },
  };
}

function eventJsonLd(event: EventDetail) {
  const start =
    event.date.precision === 'day'
      ? event.date.start
      : event.date.precision === 'month'
        ? event.date.start.slice(0, 7)
        : event.date.start.slice(0, 4);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: start,
    ...(event.date.end ? { endDate: event.date.end } : {}),
    url: permalink(event.slug),
    eventStatus: 'https://schema.org/EventScheduled',
    ...(event.location ? { location: { '@type': 'Place', name: event.location } } : {}),
    attendee: event.actors
      .filter((a) => a.role !== 'mentioned')
      .map((a) => ({
        '@type': event.actorDetails.find((d) => d.slug === a.slug)?.kind === 'organisation' ? 'Organization' : 'Person',
        name: a.name,
      })),
    about: event.sectors.map((s) => s.name),
  };
}

export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const event = await getEventCached(slug);
  if (!event) notFound();
  const sanctions = await eventParticipantSanctions(event.slug);

  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(eventJsonLd(event)) }} />
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="underline">
          Timeline
        </Link>{' '}
        <span aria-hidden>›</span> <span>{eventTypeLabels[event.type]}</span>
      </nav>
      <EventBody
        event={event}
        afterSummary={
          <>
            <CopyLink url={permalink(event.slug)} />
            <EventOutputs event={event} />
            <EventVersions slug={event.slug} />
          </>
        }
        actorNote={(actorSlug) => <ParticipantSanctionBadge status={sanctions.get(actorSlug)} />}
      />

      <nav aria-label="Previous and next events" className="grid gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 dark:border-slate-800">
        <div>
          {event.previous ? (
            <Link
              href={`/events/${event.previous.slug}`}
              rel="prev"
              className="block rounded p-2 hover:bg-slate-100 dark:hover:bg-slate-900"
            >
              <span className="block text-xs text-slate-600 dark:text-slate-400">← Previous · {event.previous.date.label}</span>
              <span className="font-medium">{event.previous.title}</span>
            </Link>
          ) : null}
        </div>
        <div className="sm:text-right">
          {event.next ? (
            <Link href={`/events/${event.next.slug}`} rel="next" className="block rounded p-2 hover:bg-slate-100 dark:hover:bg-slate-900">
              <span className="block text-xs text-slate-600 dark:text-slate-400">Next · {event.next.date.label} →</span>
              <span className="font-medium">{event.next.title}</span>
            </Link>
          ) : null}
        </div>
      </nav>
    </article>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getActor } from '@/lib/data/actors';
import { eventTypeLabels, roleLabels } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';
import { SubjectSubscribe } from '@/components/outputs/subscribe-links';
import { subjectAlternates } from '@/lib/feeds/alternates';
import { SanctionsBand } from '@/components/sanctions/sanctions-band';
import { NeighbourhoodLink } from '@/components/network/neighbourhood-link';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const actor = await pageRead(`/actors/${encodeURIComponent(slug)}`, () => getActor(slug));
  if (!actor) return { title: 'Actor not found' };
  return {
    title: actor.name,
    description: actor.description ?? undefined,
    alternates: { canonical: `/actors/${actor.slug}`, types: subjectAlternates('actor', actor) },
  };
}

export default async function ActorPage({ params }: Props) {
  const { slug } = await params;
  const actor = await pageRead(`/actors/${encodeURIComponent(slug)}`, () => getActor(slug));
  if (!actor) notFound();
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/actors" className="underline">
          Actors
        </Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{actor.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {actor.kind === 'person' ? 'Person' : 'Organisation'}
          {actor.country ? ` · ${actor.country}` : ''}
          {actor.aliases.length ? ` · also: ${actor.aliases.join(', ')}` : ''}
        </p>
        {actor.description ? <p className="mt-3">{actor.description}</p> : null}
        <SubjectSubscribe kind="actor" subject={actor} />
      </header>
      {actor.roles.length > 0 ? (
        <section aria-labelledby="roles">
          <h2 id="roles" className="text-xl font-semibold">
            Roles over time
          </h2>
          <ul className="mt-2 space-y-1">
            {actor.roles.map((r, i) => (
              <li key={i}>
                {r.title}
                {r.organisation ? (
                  <>
                    ,{' '}
                    <Link className="underline" href={`/actors/${r.organisation.slug}`}>
                      {r.organisation.name}
                    </Link>
                  </>
                ) : null}
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {r.from || r.to ? ` (${r.from?.label ?? 'date unknown'} – ${r.to?.label ?? ''})` : ' (dates not given in the sources)'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SanctionsBand slug={actor.slug} />
      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <section aria-labelledby="events">
          <h2 id="events" className="text-xl font-semibold">
            Events ({actor.events.length})
          </h2>
          <ol className="mt-2 space-y-2">
            {actor.events.map((e) => (
              <li key={e.slug} className="rounded border border-slate-200 p-2 dark:border-slate-800">
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {e.date.label} · {eventTypeLabels[e.type]} · {roleLabels[e.role]}
                  {e.titleAtTime ? ` (${e.titleAtTime})` : ''}
                </span>
                <Link href={`/events/${e.slug}`} className="font-medium underline">
                  {e.title}
                </Link>
              </li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="met">
          <h2 id="met" className="text-xl font-semibold">
            Who they met
          </h2>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Others taking part in the same events (mentions left out), with the number of shared events.
          </p>
          <NeighbourhoodLink slug={actor.slug} name={actor.name} />
          {actor.met.length ? (
            <ul className="mt-2 space-y-1">
              {actor.met.map((m) => (
                <li key={m.slug}>
                  <Link href={`/actors/${m.slug}`} className="underline">
                    {m.name}
                  </Link>{' '}
                  <span className="text-sm">({m.count})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm">No shared events recorded.</p>
          )}
        </section>
      </div>
    </div>
  );
}

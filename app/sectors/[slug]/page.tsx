import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getSector, type FigureDTO } from '@/lib/data/sectors';
import { listEvents } from '@/lib/data/events';
import { EventList } from '@/components/timeline/event-list';
import { FiguresChart } from '@/components/charts/figures-chart';
import { CitationList } from '@/components/citation-list';
import { proposalStatusLabels } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';
import { SubjectSubscribe } from '@/components/outputs/subscribe-links';
import { subjectAlternates } from '@/lib/feeds/alternates';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const sector = await pageRead(`/sectors/${encodeURIComponent(slug)}`, () => getSector(slug));
  if (!sector) return { title: 'Sector not found' };
  return {
    title: sector.name,
    description: sector.description,
    alternates: { canonical: `/sectors/${sector.slug}`, types: subjectAlternates('sector', sector) },
  };
}

function unitKey(f: FigureDTO) {
  return [f.currency, f.unit].filter(Boolean).join(' ');
}

function formatValue(f: FigureDTO) {
  return `${f.currency ? `${f.currency} ` : ''}${f.value.toLocaleString('en-GB')} ${f.unit}`;
}

export default async function SectorPage({ params }: Props) {
  const { slug } = await params;
  const here = `/sectors/${encodeURIComponent(slug)}`;
  const sector = await pageRead(here, () => getSector(slug));
  if (!sector) notFound();
  const events = await pageRead(here, () => listEvents({ sector: [slug] }, { limit: 100 }));
  const groups = new Map<string, FigureDTO[]>();
  for (const f of sector.figures) groups.set(unitKey(f), [...(groups.get(unitKey(f)) ?? []), f]);

  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/sectors" className="underline">
          Sectors
        </Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{sector.name}</h1>
        <p className="mt-2">{sector.description}</p>
        <SubjectSubscribe kind="sector" subject={sector} />
      </header>

      <section aria-labelledby="proposals">
        <h2 id="proposals" className="text-xl font-semibold">
          Proposals ({sector.proposals.length})
        </h2>
        {sector.proposals.length === 0 ? <p className="mt-2 text-sm">No proposals recorded in this sector.</p> : null}
        <ul className="mt-2 space-y-4">
          {sector.proposals.map((p) => (
            <li key={p.slug} id={p.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">{p.title}</h3>
              <p className="text-sm">
                Status: <strong>{proposalStatusLabels[p.status]}</strong>
                {p.proposedBy.length ? (
                  <>
                    {' '}
                    · proposed by{' '}
                    {p.proposedBy.map((a, i) => (
                      <span key={a.slug}>
                        {i ? ', ' : ''}
                        <Link className="underline" href={`/actors/${a.slug}`}>
                          {a.name}
                        </Link>
                      </span>
                    ))}
                  </>
                ) : (
                  ' · proposer not named in the sources'
                )}
              </p>
              <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{p.summary}</p>
              {p.events.length ? (
                <ol className="mt-2 list-disc pl-5 text-sm">
                  {p.events.map((e) => (
                    <li key={e.slug}>
                      {e.date}:{' '}
                      <Link className="underline" href={`/events/${e.slug}`}>
                        {e.title}
                      </Link>
                      {e.status ? ` — ${proposalStatusLabels[e.status]}` : ''}
                      {e.note ? ` (${e.note})` : ''}
                    </li>
                  ))}
                </ol>
              ) : null}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer">Sources for this proposal</summary>
                <div className="mt-2">
                  <CitationList citations={p.citations} />
                </div>
              </details>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="figures">
        <h2 id="figures" className="text-xl font-semibold">
          Figures quoted ({sector.figures.length})
        </h2>
        {sector.figures.length === 0 ? <p className="mt-2 text-sm">No figures recorded in this sector.</p> : null}
        {[...groups.entries()].map(([unit, figures]) => (
          <figure key={unit} className="mt-3 rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <figcaption className="text-sm font-semibold">Figures in {unit}</figcaption>
            <FiguresChart unit={unit} bars={figures.map((f) => ({ label: f.label, value: f.value }))} />
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Value</th>
                  <th scope="col">As of</th>
                  <th scope="col">Source</th>
                </tr>
              </thead>
              <tbody>
                {figures.map((f) => (
                  <tr key={f.slug} className="align-top">
                    <th scope="row" className="pr-2 font-normal">
                      {f.label}
                    </th>
                    <td className="pr-2 whitespace-nowrap">{formatValue(f)}</td>
                    <td className="pr-2">{f.asOfLabel ?? '—'}</td>
                    <td>
                      {f.citations.map((c, i) => (
                        <span key={i} className="block">
                          “{c.quote}” —{' '}
                          <Link className="underline" href={`/sources/${c.source.id}`}>
                            {c.source.title}
                          </Link>
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </figure>
        ))}
      </section>

      <section aria-labelledby="events">
        <h2 id="events" className="text-xl font-semibold">
          Events
        </h2>
        {events.data.length ? <EventList events={events.data} /> : <p className="mt-2 text-sm">No events recorded in this sector.</p>}
        {events.nextCursor ? (
          <p className="mt-2 text-sm">
            <Link className="underline" href={`/?sector=${slug}`}>
              See all on the timeline
            </Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}

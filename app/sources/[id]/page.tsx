import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getSource } from '@/lib/data/sources';
import { proposalStatusLabels, sourceKindLabels } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';

export const dynamic = 'force-dynamic';
type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const source = await pageRead(`/sources/${encodeURIComponent(id)}`, () => getSource(id));
  if (!source) return { title: 'Source not found' };
  return { title: source.title, alternates: { canonical: `/sources/${source.id}` } };
}

function Quote({ quote, speaker }: { quote: string; speaker: { slug: string; name: string } | null }) {
  return (
    <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 text-sm italic dark:border-slate-600">
      “{quote}”
      {speaker ? (
        <span className="not-italic">
          {' '}
          —{' '}
          <Link className="underline" href={`/actors/${speaker.slug}`}>
            {speaker.name}
          </Link>
        </span>
      ) : null}
    </blockquote>
  );
}

export default async function SourcePage({ params }: Props) {
  const { id } = await params;
  const source = await pageRead(`/sources/${encodeURIComponent(id)}`, () => getSource(id));
  if (!source) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/sources" className="underline">
          Sources
        </Link>
      </nav>
      <header>
        <h1 className="text-3xl font-bold tracking-tight">{source.title}</h1>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-medium">Kind</dt>
          <dd>{sourceKindLabels[source.kind]}</dd>
          <dt className="font-medium">Outlet</dt>
          <dd>{source.outlet ?? 'Not stated in the text'}</dd>
          <dt className="font-medium">Author</dt>
          <dd>{source.author ?? 'Not stated in the text'}</dd>
          <dt className="font-medium">Published</dt>
          <dd>{source.publishedLabel ?? 'Not known'}</dd>
          {source.url ? (
            <>
              <dt className="font-medium">Address</dt>
              <dd>
                <a className="underline" href={source.url} rel="noopener noreferrer">
                  {source.url}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {source.note ? (
          <p className="mt-3 rounded bg-slate-100 p-3 text-sm dark:bg-slate-900">
            <span className="font-medium">Editors’ note: </span>
            {source.note}
          </p>
        ) : null}
      </header>
      <section aria-labelledby="events">
        <h2 id="events" className="text-xl font-semibold">
          Events it supports ({source.events.length})
        </h2>
        <ul className="mt-2 space-y-3">
          {source.events.map((e, i) => (
            <li key={`${e.slug}-${i}`}>
              <span className="text-xs text-slate-600 dark:text-slate-400">{e.date}</span>{' '}
              <Link className="font-medium underline" href={`/events/${e.slug}`}>
                {e.title}
              </Link>
              <Quote quote={e.quote} speaker={e.speaker} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="proposals">
        <h2 id="proposals" className="text-xl font-semibold">
          Proposals it supports ({source.proposals.length})
        </h2>
        <ul className="mt-2 space-y-3">
          {source.proposals.map((p, i) => (
            <li key={`${p.slug}-${i}`}>
              {/* A proposal is shown on its sector's page; with its sector unpublished there is nowhere to link to. */}
              {p.sector ? (
                <Link className="font-medium underline" href={`/sectors/${p.sector.slug}#${p.slug}`}>
                  {p.title}
                </Link>
              ) : (
                <span className="font-medium">{p.title}</span>
              )}{' '}
              <span className="text-sm">({proposalStatusLabels[p.status]})</span>
              <Quote quote={p.quote} speaker={p.speaker} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures" className="text-xl font-semibold">
          Figures it supports ({source.figures.length})
        </h2>
        <ul className="mt-2 space-y-3">
          {source.figures.map((f, i) => (
            <li key={`${f.slug}-${i}`}>
              <span className="font-medium">{f.label}</span>: {f.currency ? `${f.currency} ` : ''}
              {f.value.toLocaleString('en-GB')} {f.unit}
              {f.sector ? (
                <>
                  {' '}
                  ·{' '}
                  <Link className="underline" href={`/sectors/${f.sector.slug}`}>
                    {f.sector.name}
                  </Link>
                </>
              ) : null}
              <Quote quote={f.quote} speaker={f.speaker} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { listActors } from '@/lib/data/actors';
import { pageRead } from '@/lib/page-read';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Actors', alternates: { canonical: '/actors' } };

export default async function ActorsPage() {
  const { data } = await pageRead('/actors', () => listActors({ limit: 1000 }));
  const people = data.filter((a) => a.kind === 'person');
  const organisations = data.filter((a) => a.kind === 'organisation');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Actors</h1>
      <p className="text-slate-700 dark:text-slate-300">
        People and organisations named in the sources, with the roles the sources give them.
      </p>
      {[
        { heading: 'People', list: people },
        { heading: 'Organisations', list: organisations },
      ].map(({ heading, list }) => (
        <section key={heading} aria-labelledby={`h-${heading}`}>
          <h2 id={`h-${heading}`} className="text-xl font-semibold">
            {heading} ({list.length})
          </h2>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
            {list.map((a) => (
              <li key={a.slug} className="rounded border border-slate-200 p-3 dark:border-slate-800">
                <Link href={`/actors/${a.slug}`} className="font-medium underline">
                  {a.name}
                </Link>
                <span className="block text-sm text-slate-600 dark:text-slate-400">{a.roles[0]?.title ?? a.description?.slice(0, 80)}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-400">
                  {a.eventCount} event{a.eventCount === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

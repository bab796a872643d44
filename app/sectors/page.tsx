import type { Metadata } from 'next';
import Link from 'next/link';
import { listSectors } from '@/lib/data/sectors';
import { pageRead } from '@/lib/page-read';
import { plural } from '@/lib/plural';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sectors', alternates: { canonical: '/sectors' } };

export default async function SectorsPage() {
  const { data } = await pageRead('/sectors', () => listSectors({ limit: 100 }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Sectors</h1>
      <ul className="grid gap-3 sm:grid-cols-2">
        {data.map((s) => (
          <li key={s.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-semibold">
              <Link href={`/sectors/${s.slug}`} className="underline">
                {s.name}
              </Link>
            </h2>
            <p className="mt-1 line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{s.description}</p>
            <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
              {plural(s.counts.events, 'event')} · {plural(s.counts.proposals, 'proposal')} · {plural(s.counts.figures, 'figure')} ·{' '}
              <Link className="underline" href={`/?sector=${s.slug}`}>
                on the timeline
              </Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

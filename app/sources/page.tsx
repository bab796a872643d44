import type { Metadata } from 'next';
import Link from 'next/link';
import { listSources } from '@/lib/data/sources';
import { sourceKindLabels } from '@/lib/labels';
import { pageRead } from '@/lib/page-read';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sources', alternates: { canonical: '/sources' } };

export default async function SourcesPage() {
  const { data } = await pageRead('/sources', () => listSources({ limit: 100 }));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">Sources</h1>
      <p className="text-slate-700 dark:text-slate-300">Every fact in Backchannel cites one of these, with a short quotation.</p>
      <ul className="space-y-3">
        {data.map((s) => (
          <li key={s.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="font-semibold">
              <Link href={`/sources/${s.id}`} className="underline">
                {s.title}
              </Link>
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              {sourceKindLabels[s.kind]}
              {s.outlet ? ` · ${s.outlet}` : ' · outlet not stated'}
              {s.author ? ` · ${s.author}` : ''}
              {s.publishedLabel ? ` · ${s.publishedLabel}` : ''}
              {` · ${s.citationCount} quotation${s.citationCount === 1 ? '' : 's'} used`}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}

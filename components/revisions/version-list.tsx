import Link from 'next/link';
import type { PublicRevision } from '@/lib/data/revisions';
import { revisionPath } from '@/lib/data/revisions';
import { SavedAt } from './saved-at';

/** The published versions of an event, oldest first; the shown one (if any) is marked, not linked. */
export function VersionList({ slug, revisions, current }: { slug: string; revisions: PublicRevision[]; current?: number }) {
  return (
    <ol className="space-y-1 text-sm">
      {revisions.map((r, i) => (
        <li key={r.n} className="flex flex-wrap gap-x-2">
          {r.n === current ? (
            <span aria-current="page" className="font-semibold">
              Version {r.n}
            </span>
          ) : (
            <Link href={revisionPath(slug, r.n)} className="underline">
              Version {r.n}
            </Link>
          )}
          <span className="text-slate-600 dark:text-slate-400">
            <SavedAt iso={r.savedAt} />
            {i === revisions.length - 1 ? ' · latest' : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}

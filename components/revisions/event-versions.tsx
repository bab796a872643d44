import { getEventRevisions } from '@/lib/data/revisions';
import { VersionList } from './version-list';

/** The permalink's "Versions" box: stable links to each published version, for citing the event as it stood. */
export async function EventVersions({ slug }: { slug: string }) {
  const found = await getEventRevisions(slug);
  if (found?.kind !== 'found' || found.revisions.length === 0) return null;
  return (
    <details className="rounded border border-slate-200 p-3 text-sm dark:border-slate-800">
      <summary className="cursor-pointer font-medium">
        Versions ({found.revisions.length}){' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">· cite this event as it stood</span>
      </summary>
      <div className="mt-2">
        <VersionList slug={found.slug} revisions={found.revisions} />
      </div>
    </details>
  );
}

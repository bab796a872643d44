import Link from 'next/link';
import type { ReactNode } from 'react';
import { trashRecordAction, untrashRecordAction } from '@/lib/actions/records';
import { TrashConfirm } from './trash-controls';
import type { EditableType } from '@/lib/data/snapshots';
import { Notice } from './notice';

/**
 * The frame of a record's edit page: heading, history and public links,
 * version and status, notices after redirects, and the trash or restore
 * button. `children` is the record's own form.
 */
export function RecordEditShell({
  type,
  id,
  heading,
  record,
  publicHref,
  query,
  children,
  basePath,
}: {
  type: EditableType;
  id: string;
  heading: string;
  record: { version: number; published: boolean; deletedAt: Date | null };
  publicHref: string | null;
  query: Record<string, string | undefined>;
  children: ReactNode;
  /** The type's admin folder when it is not /admin/<type>s (the sanctions records live under /admin/sanctions). */
  basePath?: string;
}) {
  const base = `${basePath ?? `/admin/${type}s`}/${encodeURIComponent(id)}`;
  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link className="underline" href={`${base}/history`}>
            History
          </Link>
          {record.published && !record.deletedAt && publicHref ? (
            <Link className="underline" href={publicHref}>
              Public page
            </Link>
          ) : null}
        </div>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Version {record.version} · {record.published ? 'Published' : 'Draft'}
        {record.deletedAt ? ' · In the trash' : ''}
      </p>
      <Notice
        error={query.error}
        message={query.saved ? `Saved (version ${query.saved}).` : query.restored ? 'Restored from the trash.' : null}
      />
      {record.deletedAt ? (
        <form action={untrashRecordAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="type" value={type} />
          <p className="mb-2">This {type} is in the trash: it is hidden from every public page, the API and the pickers.</p>
          <button type="submit" className="rounded bg-blue-700 px-3 py-2 text-sm text-white">
            Restore from the trash
          </button>
        </form>
      ) : (
        <>
          {children}
          <TrashConfirm noun={type} action={trashRecordAction} fields={{ id, type }} />
        </>
      )}
    </div>
  );
}

import Link from 'next/link';
import { restoreRevision } from '@/lib/actions/records';
import type { EditableType, SnapshotType } from '@/lib/data/snapshots';
import { diffSnapshots } from '@/lib/diff';

export interface RevisionRow {
  id: string;
  version: number;
  action: string;
  message: string | null;
  createdAt: Date;
  user: { name: string; email: string };
  snapshot: unknown;
}

/**
 * A record's revisions, newest first; pick any two to compare (a GET form,
 * so a comparison has its own URL), and restore any one as a new revision.
 */
export function History({
  basePath,
  revisions,
  a,
  b,
  record,
}: {
  basePath: string;
  revisions: RevisionRow[];
  a?: string;
  b?: string;
  /** The record whose revisions these are: what the restore buttons post. */
  record: { type: SnapshotType | EditableType; id: string };
}) {
  const older = revisions.find((r) => r.id === a) ?? revisions[1];
  const newer = revisions.find((r) => r.id === b) ?? revisions[0];
  const changes = older && newer ? diffSnapshots(older.snapshot as Record<string, unknown>, newer.snapshot as Record<string, unknown>) : [];
  return (
    <div className="space-y-6">
      {revisions.length === 0 ? <p>No revisions yet: this record has not been edited since it was seeded or imported.</p> : null}
      <form method="get" action={basePath}>
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Revisions, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Compare from</th>
              <th scope="col">to</th>
              <th scope="col">Version</th>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">When</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-t border-slate-200 dark:border-slate-800">
                <td>
                  <input
                    type="radio"
                    name="a"
                    value={r.id}
                    defaultChecked={r.id === older?.id}
                    aria-label={`Compare from version ${r.version}`}
                  />
                </td>
                <td>
                  <input
                    type="radio"
                    name="b"
                    value={r.id}
                    defaultChecked={r.id === newer?.id}
                    aria-label={`Compare to version ${r.version}`}
                  />
                </td>
                <td>{r.version}</td>
                <td>{r.action}</td>
                <td>{r.user.name}</td>
                <td>{r.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</td>
                <td>{r.message ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {revisions.length > 1 ? (
          <button type="submit" className="mt-2 rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
            Compare
          </button>
        ) : null}
      </form>

      {older && newer && older.id !== newer.id ? (
        <section aria-labelledby="diff-heading">
          <h2 id="diff-heading" className="text-lg font-semibold">
            Changes from version {older.version} to version {newer.version}
          </h2>
          {changes.length === 0 ? (
            <p className="text-sm">No differences.</p>
          ) : (
            <table className="mt-2 w-full text-left text-sm">
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">Version {older.version}</th>
                  <th scope="col">Version {newer.version}</th>
                </tr>
              </thead>
              <tbody>
                {changes.map((c) => (
                  <tr key={c.field} className="border-t border-slate-200 align-top dark:border-slate-800">
                    <th scope="row" className="pr-2 font-medium">
                      {c.field}
                    </th>
                    <td className="whitespace-pre-wrap pr-2">
                      <del className="bg-red-50 no-underline dark:bg-red-950">{c.before}</del>
                    </td>
                    <td className="whitespace-pre-wrap">
                      <ins className="bg-green-50 no-underline dark:bg-green-950">{c.after}</ins>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}

      {revisions.length > 1 ? (
        <section aria-labelledby="restore-heading">
          <h2 id="restore-heading" className="text-lg font-semibold">
            Restore a version
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Restoring saves that version again as a new revision; nothing is lost.
          </p>
          <ul className="mt-2 space-y-1">
            {revisions.slice(1).map((r) => (
              <li key={r.id}>
                <form action={restoreRevision} className="inline">
                  <input type="hidden" name="type" value={record.type} />
                  <input type="hidden" name="id" value={record.id} />
                  <input type="hidden" name="revisionId" value={r.id} />
                  <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 text-sm dark:border-slate-600">
                    Restore version {r.version}
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <Link className="underline" href={basePath.replace(/\/history$/, '')}>
          Back to the record
        </Link>
      </p>
    </div>
  );
}

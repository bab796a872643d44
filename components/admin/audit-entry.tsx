import Link from 'next/link';
import { diffSnapshots } from '@/lib/diff';

export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  user: { email: string; name: string | null } | null;
  record: { title: string; href: string | null; state: 'live' | 'trashed' | 'deleted' } | null;
}

/** One line of the audit log: when, who, what was done to which record (by its title, linked while it exists), and the changes. */
export function AuditEntryItem({ entry: e }: { entry: AuditEntryView }) {
  const changes = e.after ? diffSnapshots((e.before as Record<string, unknown>) ?? null, e.after as Record<string, unknown>) : [];
  const only = e.entityId ? `/admin/audit?${new URLSearchParams({ entityType: e.entityType, entityId: e.entityId })}` : null;
  return (
    <li className="rounded border border-slate-200 p-2 text-sm [overflow-wrap:anywhere] dark:border-slate-800">
      <p>
        <time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</time> ·{' '}
        {e.user ? (e.user.name ? `${e.user.name} (${e.user.email})` : e.user.email) : 'system'} · <strong>{e.action}</strong> {e.entityType}{' '}
        {e.record ? (
          <>
            {e.record.href ? (
              <Link className="underline" href={e.record.href}>
                {e.record.title}
              </Link>
            ) : (
              <span>{e.record.title}</span>
            )}
            {e.record.state === 'trashed' ? ' (in the trash)' : e.record.state === 'deleted' ? ' (deleted)' : ''}
          </>
        ) : null}
        {only ? (
          <>
            {' '}
            ·{' '}
            <Link className="underline" href={only}>
              All entries for this record
            </Link>
          </>
        ) : null}
      </p>
      {changes.length ? (
        <details>
          <summary className="cursor-pointer">
            Before and after ({changes.length} field{changes.length === 1 ? '' : 's'})
          </summary>
          <table className="mt-1 w-full text-left text-xs">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((c) => (
                <tr key={c.field} className="align-top">
                  <th scope="row" className="pr-2 font-medium">
                    {c.field}
                  </th>
                  <td className="whitespace-pre-wrap pr-2">{c.before}</td>
                  <td className="whitespace-pre-wrap">{c.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ) : null}
    </li>
  );
}

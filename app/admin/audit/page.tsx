import Link from 'next/link';
import { z } from 'zod';
import { requirePageUser } from '@/lib/auth/authorize';
import { diffSnapshots } from '@/lib/diff';
import { AUDIT_ENTITY_TYPES as entityTypes, auditEntries } from '@/lib/data/admin-accounts';

export const metadata = { title: 'Audit log' };

const filterSchema = z.object({
  entityType: z.enum(entityTypes).optional().catch(undefined),
  user: z.string().max(254).optional().catch(undefined),
  action: z.string().max(60).optional().catch(undefined),
  entityId: z.string().max(120).optional().catch(undefined),
  before: z.string().max(64).optional().catch(undefined),
});

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser('admin');
  const raw = await searchParams;
  const f = filterSchema.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => v)));
  const { entries: page, more } = await auditEntries(f);
  const nextQuery = new URLSearchParams(
    Object.entries({ ...f, before: page.at(-1)?.createdAt.toISOString() }).filter(([, v]) => v) as [string, string][],
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="entityType" className="block text-sm font-medium">
            Record kind
          </label>
          <select
            id="entityType"
            name="entityType"
            defaultValue={f.entityType ?? ''}
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="">Any</option>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="user" className="block text-sm font-medium">
            User email contains
          </label>
          <input
            id="user"
            name="user"
            defaultValue={f.user ?? ''}
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor="action" className="block text-sm font-medium">
            Action
          </label>
          <input
            id="action"
            name="action"
            defaultValue={f.action ?? ''}
            placeholder="create, update, trash…"
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor="entityId" className="block text-sm font-medium">
            Record id
          </label>
          <input
            id="entityId"
            name="entityId"
            defaultValue={f.entityId ?? ''}
            className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600">
          Filter
        </button>
      </form>
      <ol className="space-y-2">
        {page.map((e) => {
          const changes = e.after ? diffSnapshots((e.before as Record<string, unknown>) ?? null, e.after as Record<string, unknown>) : [];
          return (
            <li key={e.id} className="rounded border border-slate-200 p-2 text-sm dark:border-slate-800">
              <p>
                <time dateTime={e.createdAt.toISOString()}>{e.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</time> ·{' '}
                {e.user?.email ?? 'system'} · <strong>{e.action}</strong> {e.entityType} {e.entityId ? <code>{e.entityId}</code> : null}
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
        })}
      </ol>
      {page.length === 0 ? <p>No entries match.</p> : null}
      {more ? (
        <Link className="underline" href={`/admin/audit?${nextQuery}`}>
          Older entries →
        </Link>
      ) : null}
    </div>
  );
}

import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/authorize';
import { auditEntries, auditUsers } from '@/lib/data/admin-accounts';
import { findAuditRecord } from '@/lib/data/admin-audit-records';
import { AuditEntryItem } from '@/components/admin/audit-entry';
import { fieldErrors } from '@/lib/forms/form-data';
import { AUDIT_ENTITY_TYPES as entityTypes, auditFilterSchema, type AuditFilterInput } from '@/lib/schemas/audit-filter';
import { echo } from '@/lib/schemas/error-map';

export const metadata = { title: 'Audit log' };

const selectClass = 'max-w-full mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900';

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePageUser('admin');
  const raw = await searchParams;
  const parsed = auditFilterSchema.safeParse(raw);
  // A filter that is not valid is shown with its message and the log is not filtered by it.
  const errors: Record<string, string[]> = parsed.success ? {} : fieldErrors(parsed.error.issues);
  const f: AuditFilterInput = parsed.success ? parsed.data : {};
  const typed = (key: string) => {
    const v = raw[key];
    return typeof v === 'string' ? v : '';
  };
  // The record filter takes a title or name (or an id); an id alone (older links, "only this record") still works.
  const lookup = f.record || f.entityId ? await findAuditRecord((f.record ?? f.entityId)!, f.entityType) : null;
  const record = lookup?.kind === 'found' && (f.record || lookup.record.entityId === f.entityId) ? lookup.record : null;
  if (errors.entityId) errors.record ??= errors.entityId;
  if (f.record && lookup?.kind === 'none')
    errors.record = [
      `No record${f.entityType ? ` of kind ${f.entityType}` : ''} is named “${echo(f.record)}”. Check the spelling or the kind.`,
    ];
  if (f.record && lookup?.kind === 'ambiguous') errors.record = [`Several records are named “${echo(f.record)}”: choose one below.`];
  const filter: AuditFilterInput = f.record
    ? { ...f, record: undefined, ...(record ? { entityType: record.entityType, entityId: record.entityId } : {}) }
    : f;
  const listed = parsed.success && (!f.record || Boolean(record));
  const [{ entries: page, more }, users] = await Promise.all([listed ? auditEntries(filter) : { entries: [], more: false }, auditUsers()]);
  const rest = Object.entries(f).filter(([k, v]) => v && !['record', 'entityId', 'entityType', 'before'].includes(k)) as [string, string][];
  const only = (m: { entityType: string; entityId: string }) =>
    `/admin/audit?${new URLSearchParams([...rest, ['entityType', m.entityType], ['entityId', m.entityId]])}`;
  const nextQuery = new URLSearchParams(
    Object.entries({ ...f, before: page.at(-1)?.createdAt.toISOString() }).filter(([, v]) => v) as [string, string][],
  );
  const field = (id: string, label: string, control: React.ReactNode) => (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      {errors[id] ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {errors[id][0]}
        </p>
      ) : null}
    </div>
  );
  const described = (id: string) => (errors[id] ? { 'aria-describedby': `${id}-error`, 'aria-invalid': true } : {});
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form
        method="get"
        className="flex flex-wrap items-end gap-2 [&>*]:min-w-0 [&>*]:max-w-full"
        role="search"
        aria-label="Filter the audit log"
      >
        {field(
          'entityType',
          'Record kind',
          <select id="entityType" name="entityType" defaultValue={typed('entityType')} className={selectClass} {...described('entityType')}>
            <option value="">Any</option>
            {entityTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>,
        )}
        {field(
          'record',
          'Record (title, name or id)',
          <input
            id="record"
            name="record"
            defaultValue={typed('record') || (record && !f.record ? record.title : typed('entityId'))}
            className={selectClass}
            {...described('record')}
          />,
        )}
        {field(
          'user',
          'User',
          <select id="user" name="user" defaultValue={typed('user')} className={selectClass} {...described('user')}>
            <option value="">Anyone</option>
            {users.map((u) => (
              <option key={u.email} value={u.email}>
                {u.name ? `${u.name} (${u.email})` : u.email}
              </option>
            ))}
          </select>,
        )}
        {field(
          'action',
          'Action',
          <input
            id="action"
            name="action"
            defaultValue={typed('action')}
            placeholder="create, update, trash…"
            className={selectClass}
            {...described('action')}
          />,
        )}
        {field(
          'from',
          'From (day, UTC)',
          <input id="from" name="from" type="date" defaultValue={typed('from')} className={selectClass} {...described('from')} />,
        )}
        {field(
          'to',
          'To (day, UTC)',
          <input id="to" name="to" type="date" defaultValue={typed('to')} className={selectClass} {...described('to')} />,
        )}
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600">
          Filter
        </button>
        <Link className="self-center text-sm underline" href="/admin/audit">
          Clear filters
        </Link>
      </form>
      {lookup?.kind === 'ambiguous' ? (
        <nav aria-labelledby="record-candidates">
          <h2 id="record-candidates" className="font-semibold">
            Records named “{f.record}”
          </h2>
          <ul className="list-disc pl-5">
            {lookup.candidates.map((c) => (
              <li key={`${c.entityType}:${c.entityId}`}>
                <Link className="underline" href={only(c)}>
                  {c.title}
                </Link>{' '}
                ({c.entityType}
                {c.trashed ? ', in the trash' : ''})
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {record ? (
        <p className="text-sm">
          Showing the history of {record.entityType} “{record.title}”{record.trashed ? ' (in the trash)' : ''}
          {lookup?.kind === 'found' && lookup.partial ? `, the only record whose name contains “${echo(f.record)}”` : ''}.
        </p>
      ) : null}
      {!parsed.success ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          Some filters are not valid; correct them to see the log.
        </p>
      ) : null}
      <ol className="space-y-2">
        {page.map((e) => (
          <AuditEntryItem key={e.id} entry={e} />
        ))}
      </ol>
      {listed && page.length === 0 ? <p>No entries match.</p> : null}
      {more ? (
        <Link className="underline" href={`/admin/audit?${nextQuery}`}>
          Older entries →
        </Link>
      ) : null}
    </div>
  );
}

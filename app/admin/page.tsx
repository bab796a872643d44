import Link from 'next/link';
import { adminOverview } from '@/lib/data/admin';
import { Notice } from '@/components/admin/notice';
import { requirePageUser } from '@/lib/auth/authorize';
import { plural } from '@/lib/plural';

export const metadata = { title: 'Overview' };

export default async function AdminHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePageUser();
  const query = await searchParams;
  const { drafts, published, trashed, recent } = await adminOverview();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Welcome, {user.name}</h1>
      <Notice error={query.denied ? 'Your role does not allow that page.' : null} />
      <ul className="grid gap-3 sm:grid-cols-3">
        <li className="rounded border border-slate-200 p-3 dark:border-slate-800">
          <Link className="underline" href="/admin/events?status=draft">
            {drafts} draft events
          </Link>
        </li>
        <li className="rounded border border-slate-200 p-3 dark:border-slate-800">
          <Link className="underline" href="/admin/events?status=published">
            {plural(published, 'published event')}
          </Link>
        </li>
        <li className="rounded border border-slate-200 p-3 dark:border-slate-800">
          <Link className="underline" href="/admin/trash">
            {plural(trashed, 'event')} in the trash
          </Link>
        </li>
      </ul>
      <section aria-labelledby="recent">
        <h2 id="recent" className="text-lg font-semibold">
          Recent changes
        </h2>
        {recent.length === 0 ? (
          <p className="text-sm">No edits yet.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {recent.map((r) => (
              <li key={r.id}>
                {r.createdAt.toISOString().slice(0, 16).replace('T', ' ')} · {r.user.name} · {r.action} {r.entityType} (version {r.version})
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import Link from 'next/link';
import { z } from 'zod';
import { adminActorList } from '@/lib/data/admin';
import { Notice } from '@/components/admin/notice';

export const metadata = { title: 'Actors' };

const paramsSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(['draft', 'published']).optional().catch(undefined),
  page: z.coerce.number().int().min(0).max(10_000).catch(0),
});

export default async function AdminActorsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const raw = await searchParams;
  const params = paramsSchema.parse({ q: raw.q || undefined, status: raw.status || undefined, page: raw.page ?? 0 });
  const { rows, total, size } = await adminActorList(params);
  const query = (page: number) => `/admin/actors?${new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.status ? { status: params.status } : {}), page: String(page) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Actors</h1>
        <Link href="/admin/actors/new" className="rounded bg-blue-700 px-3 py-2 text-sm font-medium text-white">New actor</Link>
      </div>
      <Notice message={raw.trashed ? 'The actor was moved to the trash.' : null} error={raw.error} />
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">Search</label>
          <input id="q" name="q" type="search" defaultValue={params.q ?? ''} className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900" />
        </div>
        <div>
          <label htmlFor="status" className="block text-sm font-medium">Status</label>
          <select id="status" name="status" defaultValue={params.status ?? ''} className="mt-1 rounded border border-slate-300 px-2 py-1 dark:border-slate-600 dark:bg-slate-900">
            <option value="">Any</option>
            <option value="draft">Draft</option>
            <option value="published">Published</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-slate-300 px-3 py-1 dark:border-slate-600">Filter</button>
      </form>
      <p className="text-sm">{total} actor{total === 1 ? '' : 's'}</p>
      <table className="w-full text-left text-sm">
        <thead><tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Kind</th><th scope="col">Country</th><th scope="col">Status</th><th scope="col">Events</th><th scope="col">Updated</th></tr></thead>
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-t border-slate-200 dark:border-slate-800">
              <td className="py-1 pr-2"><Link className="underline" href={`/admin/actors/${a.id}`}>{a.name}</Link></td>
              <td className="pr-2 font-mono text-xs">{a.slug}</td>
              <td className="pr-2">{a.kind === 'person' ? 'Person' : 'Organisation'}</td>
              <td className="pr-2">{a.country ?? '—'}</td>
              <td className="pr-2">{a.status === 'draft' ? 'Draft' : 'Published'}</td>
              <td className="pr-2">{a._count.events}</td>
              <td>{a.updatedAt.toISOString().slice(0, 16).replace('T', ' ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {params.page > 0 ? <Link className="underline" href={query(params.page - 1)}>← Previous</Link> : null}
        {(params.page + 1) * size < total ? <Link className="underline" href={query(params.page + 1)}>Next →</Link> : null}
      </nav>
    </div>
  );
}

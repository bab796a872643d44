import Link from 'next/link';
import { sanctionsTrash } from '@/lib/data/admin-sanctions';
import { Notice } from '@/components/admin/notice';
import { untrashRecordAction } from '@/lib/actions/records';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Sanctions in the trash' };

export default async function SanctionsTrashPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const query = await searchParams;
  const items = await sanctionsTrash();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">Sanctions in the trash</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Trashed designations and waivers are hidden from actor pages, event pages and the API. Restoring brings one back as it was. The{' '}
        <Link className="underline" href="/admin/trash">
          main trash
        </Link>{' '}
        holds the other records.
      </p>
      <Notice error={query.error} />
      {items.length === 0 ? (
        <p>No designation or waiver is in the trash.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">Record</th>
              <th scope="col">Kind</th>
              <th scope="col">Deleted</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{item.label}</td>
                <td>{item.type}</td>
                <td>{item.deletedAt.toISOString().slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <form action={untrashRecordAction}>
                    <input type="hidden" name="id" value={item.id} />
                    <input type="hidden" name="type" value={item.type} />
                    <button type="submit" className="rounded border border-slate-300 px-2 py-0.5 dark:border-slate-600">
                      Restore <span className="sr-only">{item.label}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

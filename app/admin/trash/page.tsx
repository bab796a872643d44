import { trashList } from '@/lib/data/admin';
import { Notice } from '@/components/admin/notice';
import { untrashEventAction } from '@/lib/actions/events';
import { untrashRecordAction } from '@/lib/actions/records';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Trash' };

export default async function TrashPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const query = await searchParams;
  const items = await trashList();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">Trash</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Records here are hidden from every public page, the API and the exports. Restoring brings one back as it was.
      </p>
      <Notice error={query.error} />
      {items.length === 0 ? (
        <p>The trash is empty.</p>
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
              <tr key={`${item.type}-${item.id}`} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-1">{item.label}</td>
                <td>{item.type}</td>
                <td>{item.deletedAt.toISOString().slice(0, 16).replace('T', ' ')}</td>
                <td>
                  <form action={item.type === 'event' ? untrashEventAction : untrashRecordAction}>
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

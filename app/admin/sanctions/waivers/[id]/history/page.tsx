import { notFound } from 'next/navigation';
import { adminWaiver } from '@/lib/data/admin-sanctions';
import { revisionsOf } from '@/lib/data/admin';
import { History } from '@/components/admin/history';
import { Notice } from '@/components/admin/notice';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Waiver history' };

export default async function WaiverHistoryPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminWaiver(id);
  if (!record) notFound();
  const revisions = await revisionsOf('waiver', id);
  return (
    <div className="max-w-5xl space-y-4">
      <h1 className="text-2xl font-bold">History of “{record.label}”</h1>
      <Notice error={query.error} message={query.restored ? `Restored as version ${query.restored}.` : null} />
      <History
        basePath={`/admin/sanctions/waivers/${id}/history`}
        revisions={revisions}
        a={query.a}
        b={query.b}
        record={{ type: 'waiver', id }}
      />
    </div>
  );
}

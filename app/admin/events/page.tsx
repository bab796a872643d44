import { adminEventList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Events' };

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminEventList(params);
  return (
    <RecordList
      title="Events"
      noun="event"
      basePath="/admin/events"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Title', 'Date', 'Status', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/events/${r.id}`,
        label: r.title,
        cells: [r.dateLabel, statusLabel(r.status), r._count.citations, updatedLabel(r.updatedAt)],
      }))}
    />
  );
}

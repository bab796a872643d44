import { adminSourceList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { sourceKindLabels } from '@/lib/labels';
import { requirePageUser } from '@/lib/auth/authorize';
export const metadata = { title: 'Sources' };

export default async function AdminSourcesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminSourceList(params);
  return (
    <RecordList
      title="Sources"
      noun="source"
      basePath="/admin/sources"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Title', 'Id', 'Outlet', 'Published', 'Kind', 'Status', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/sources/${encodeURIComponent(r.id)}`,
        label: r.title,
        cells: [
          <code key="id" className="text-xs">
            {r.id}
          </code>,
          r.outlet ?? '—',
          r.dateLabel,
          sourceKindLabels[r.kind] ?? r.kind,
          statusLabel(r.status),
          r._count.citations,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

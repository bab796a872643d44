import { adminSectorList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Sectors' };

export default async function AdminSectorsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminSectorList(params);
  return (
    <RecordList
      title="Sectors"
      noun="sector"
      basePath="/admin/sectors"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Name', 'Slug', 'Status', 'Events', 'Proposals', 'Figures', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/sectors/${r.id}`,
        label: r.name,
        cells: [
          <code key="slug" className="text-xs">
            {r.slug}
          </code>,
          statusLabel(r.status),
          r._count.events,
          r._count.proposals,
          r._count.figures,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

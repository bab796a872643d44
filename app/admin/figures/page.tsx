import { adminFigureList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Figures' };

export default async function AdminFiguresPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminFigureList(params);
  return (
    <RecordList
      title="Figures"
      noun="figure"
      basePath="/admin/figures"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Label', 'Value', 'Sector', 'Status', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/figures/${r.id}`,
        label: r.label,
        cells: [
          [r.currency, r.value.toLocaleString('en-GB', { maximumFractionDigits: 6 }), r.unit].filter(Boolean).join(' '),
          r.sector?.name ?? '—',
          statusLabel(r.status),
          r._count.citations,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

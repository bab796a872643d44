import { adminWaiverList } from '@/lib/data/admin-sanctions';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';
import { formatDateLabel } from '@/lib/dates';
import { licenceKindLabels } from '@/lib/sanction-labels';

export const metadata = { title: 'Waivers' };

export default async function AdminWaiversPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminWaiverList(params);
  return (
    <RecordList
      title="Waivers and licences"
      noun="waiver"
      basePath="/admin/sanctions/waivers"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Actor', 'Licence', 'From', 'To', 'Status', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/sanctions/waivers/${r.id}`,
        label: r.actor.name,
        cells: [
          `${licenceKindLabels[r.kind]}${r.name ? ` · ${r.name}` : ''}`,
          r.validFrom && r.fromPrecision ? formatDateLabel(r.validFrom, r.fromPrecision) : '—',
          r.validTo && r.toPrecision ? formatDateLabel(r.validTo, r.toPrecision) : 'not stated',
          statusLabel(r.status),
          r._count.citations,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

import { adminDesignationList } from '@/lib/data/admin-sanctions';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';
import { formatDateLabel } from '@/lib/dates';
import { authorityName } from '@/lib/sanction-labels';

export const metadata = { title: 'Designations' };

export default async function AdminDesignationsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminDesignationList(params);
  return (
    <RecordList
      title="Designations"
      noun="designation"
      basePath="/admin/sanctions/designations"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Actor', 'Authority', 'Listed', 'Delisted', 'Status', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/sanctions/designations/${r.id}`,
        label: r.actor.name,
        cells: [
          `${authorityName(r.authority, r.authorityName)}${r.programme ? ` · ${r.programme}` : ''}`,
          r.listedOn && r.listedPrecision
            ? `${r.listedOnOrBefore ? 'by ' : ''}${formatDateLabel(r.listedOn, r.listedPrecision)}`
            : 'not known',
          r.delistedOn && r.delistedPrecision ? formatDateLabel(r.delistedOn, r.delistedPrecision) : '—',
          statusLabel(r.status),
          r._count.citations,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

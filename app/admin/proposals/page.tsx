import { adminProposalList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { proposalStatusLabels } from '@/lib/labels';
import { requirePageUser } from '@/lib/auth/authorize';
export const metadata = { title: 'Proposals' };

export default async function AdminProposalsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminProposalList(params);
  return (
    <RecordList
      title="Proposals"
      noun="proposal"
      basePath="/admin/proposals"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Title', 'Sector', 'Where it stands', 'Status', 'Events', 'Citations', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/proposals/${r.id}`,
        label: r.title,
        cells: [
          r.sector.name,
          proposalStatusLabels[r.status] ?? r.status,
          statusLabel(r.recordStatus),
          r._count.events,
          r._count.citations,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

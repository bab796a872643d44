import { adminActorList } from '@/lib/data/admin';
import { RecordList, parseListParams, statusLabel, updatedLabel } from '@/components/admin/record-list';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Actors' };

export default async function AdminActorsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const raw = await searchParams;
  const params = parseListParams(raw);
  const { rows, total, size } = await adminActorList(params);
  return (
    <RecordList
      title="Actors"
      noun="actor"
      basePath="/admin/actors"
      raw={raw}
      params={params}
      total={total}
      size={size}
      columns={['Name', 'Slug', 'Kind', 'Country', 'Status', 'Events', 'Updated']}
      rows={rows.map((r) => ({
        key: r.id,
        href: `/admin/actors/${r.id}`,
        label: r.name,
        cells: [
          <code key="slug" className="text-xs">
            {r.slug}
          </code>,
          r.kind === 'person' ? 'Person' : 'Organisation',
          r.country ?? '—',
          statusLabel(r.status),
          r._count.events,
          updatedLabel(r.updatedAt),
        ],
      }))}
    />
  );
}

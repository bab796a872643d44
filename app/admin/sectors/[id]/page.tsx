import { notFound } from 'next/navigation';
import { adminSector } from '@/lib/data/admin';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { SectorForm } from '@/components/admin/sector-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit sector' };

export default async function EditSectorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminSector(id);
  if (!record) notFound();
  const snapshot = await recordEditSnapshot('sector', id);
  const initial = (snapshot ?? {}) as unknown as Record<string, FormValue>;
  return (
    <RecordEditShell
      type="sector"
      id={id}
      heading={`Edit sector: ${record.name}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={`/sectors/${record.slug}`}
      query={query}
    >
      <SectorForm id={id} version={record.version} initial={initial} />
    </RecordEditShell>
  );
}

import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminSector } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { SectorForm } from '@/components/admin/sector-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';

export const metadata = { title: 'Edit sector' };

export default async function EditSectorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const record = await adminSector(id);
  if (!record) notFound();
  const prisma = await db();
  const snapshot = await prisma.$transaction((tx) => recordSnapshots.sector(tx, id));
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

import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminSource } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { SourceForm } from '@/components/admin/source-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';

export const metadata = { title: 'Edit source' };

export default async function EditSourcePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const record = await adminSource(id);
  if (!record) notFound();
  const prisma = await db();
  const snapshot = await prisma.$transaction((tx) => recordSnapshots.source(tx, id));
  const initial = (snapshot ?? {}) as unknown as Record<string, FormValue>;
  return (
    <RecordEditShell
      type="source"
      id={id}
      heading={`Edit source: ${record.title}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={`/sources/${encodeURIComponent(record.id)}`}
      query={query}
    >
      <SourceForm id={id} version={record.version} initial={initial} />
    </RecordEditShell>
  );
}

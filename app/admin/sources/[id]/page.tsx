import { notFound } from 'next/navigation';
import { adminSource } from '@/lib/data/admin';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { SourceForm } from '@/components/admin/source-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit source' };

export default async function EditSourcePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminSource(id);
  if (!record) notFound();
  const snapshot = await recordEditSnapshot('source', id);
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

import { notFound } from 'next/navigation';
import { pickerOptions } from '@/lib/data/admin';
import { adminDesignation } from '@/lib/data/admin-sanctions';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { DesignationForm } from '@/components/sanctions/designation-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit designation' };

export default async function EditDesignationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminDesignation(id);
  if (!record) notFound();
  const [snapshot, options] = await Promise.all([recordEditSnapshot('designation', id), pickerOptions()]);
  return (
    <RecordEditShell
      type="designation"
      basePath="/admin/sanctions/designations"
      id={id}
      heading={`Edit designation: ${record.label}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={`/actors/${record.actor.slug}`}
      query={query}
    >
      <DesignationForm
        id={id}
        version={record.version}
        initial={(snapshot ?? {}) as unknown as Record<string, FormValue>}
        actors={options.actors}
        sources={options.sources}
      />
    </RecordEditShell>
  );
}

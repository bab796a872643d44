import { notFound } from 'next/navigation';
import { eventOptions, pickerOptions } from '@/lib/data/admin';
import { adminWaiver, designationOptions } from '@/lib/data/admin-sanctions';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { WaiverForm } from '@/components/sanctions/waiver-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit waiver' };

export default async function EditWaiverPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminWaiver(id);
  if (!record) notFound();
  const [snapshot, options, designations, events] = await Promise.all([
    recordEditSnapshot('waiver', id),
    pickerOptions(),
    designationOptions(),
    eventOptions(),
  ]);
  return (
    <RecordEditShell
      type="waiver"
      basePath="/admin/sanctions/waivers"
      id={id}
      heading={`Edit waiver: ${record.label}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={`/actors/${record.actor.slug}`}
      query={query}
    >
      <WaiverForm
        id={id}
        version={record.version}
        initial={(snapshot ?? {}) as unknown as Record<string, FormValue>}
        actors={options.actors}
        sources={options.sources}
        designations={designations}
        events={events}
      />
    </RecordEditShell>
  );
}

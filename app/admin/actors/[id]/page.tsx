import { notFound } from 'next/navigation';
import { adminActor, pickerOptions } from '@/lib/data/admin';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { ActorForm } from '@/components/admin/actor-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit actor' };

export default async function EditActorPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminActor(id);
  if (!record) notFound();
  const [snapshot, options] = await Promise.all([recordEditSnapshot('actor', id), pickerOptions()]);
  const initial = (snapshot ?? {}) as unknown as Record<string, FormValue>;
  return (
    <RecordEditShell
      type="actor"
      id={id}
      heading={`Edit actor: ${record.name}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={`/actors/${record.slug}`}
      query={query}
    >
      <ActorForm id={id} version={record.version} initial={initial} actors={options.actors} />
    </RecordEditShell>
  );
}

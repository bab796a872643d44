import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminActor, pickerOptions } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { ActorForm } from '@/components/admin/actor-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';

export const metadata = { title: 'Edit actor' };

export default async function EditActorPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const record = await adminActor(id);
  if (!record) notFound();
  const prisma = await db();
  const [snapshot, options] = await Promise.all([prisma.$transaction((tx) => recordSnapshots.actor(tx, id)), pickerOptions()]);
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

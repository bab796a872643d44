import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminActor, pickerOptions } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { ActorForm } from '@/components/admin/actor-form';
import { Notice } from '@/components/admin/notice';
import { trashRecordAction, untrashRecordAction } from '@/lib/actions/records';
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
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit actor: {record.name}</h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link className="underline" href={`/admin/actors/${id}/history`}>History</Link>
          {record.status === 'published' && !record.deletedAt ? <Link className="underline" href={`/actors/${record.slug}`}>Public page</Link> : null}
        </div>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400">Version {record.version} · {record.status === 'draft' ? 'Draft' : 'Published'}{record.deletedAt ? ' · In the trash' : ''}</p>
      <Notice
        error={query.error}
        message={query.saved ? `Saved (version ${query.saved}).` : query.restored ? 'Restored from the trash.' : null}
      />
      {record.deletedAt ? (
        <form action={untrashRecordAction}>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="type" value="actor" />
          <p className="mb-2">This actor is in the trash: it is hidden from every public page, the API and the pickers.</p>
          <button type="submit" className="rounded bg-blue-700 px-3 py-2 text-sm text-white">Restore from the trash</button>
        </form>
      ) : (
        <>
          <ActorForm id={id} version={record.version} initial={initial} actors={options.actors} />
          <form action={trashRecordAction} className="border-t border-slate-200 pt-4 dark:border-slate-800">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="type" value="actor" />
            <button type="submit" className="rounded border border-red-400 px-3 py-2 text-sm text-red-800 dark:text-red-300">Move to the trash</button>
          </form>
        </>
      )}
    </div>
  );
}

import Link from 'next/link';
import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminFigure, pickerOptions } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { FigureForm } from '@/components/admin/figure-form';
import { Notice } from '@/components/admin/notice';
import { trashRecordAction, untrashRecordAction } from '@/lib/actions/records';
import type { FormValue } from '@/lib/forms/form-data';

export const metadata = { title: 'Edit figure' };

export default async function EditFigurePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const record = await adminFigure(id);
  if (!record) notFound();
  const prisma = await db();
  const [snapshot, options] = await Promise.all([prisma.$transaction((tx) => recordSnapshots.figure(tx, id)), pickerOptions()]);
  const initial = (snapshot ?? {}) as unknown as Record<string, FormValue>;

  return (
    <div className="max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-bold">Edit figure: {record.label}</h1>
        <div className="flex flex-wrap gap-2 text-sm">
          <Link className="underline" href={`/admin/figures/${id}/history`}>History</Link>
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
          <input type="hidden" name="type" value="figure" />
          <p className="mb-2">This figure is in the trash: it is hidden from every public page, the API and the pickers.</p>
          <button type="submit" className="rounded bg-blue-700 px-3 py-2 text-sm text-white">Restore from the trash</button>
        </form>
      ) : (
        <>
          <FigureForm id={id} version={record.version} initial={initial} actors={options.actors} sectors={options.sectors} sources={options.sources} />
          <form action={trashRecordAction} className="border-t border-slate-200 pt-4 dark:border-slate-800">
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="type" value="figure" />
            <button type="submit" className="rounded border border-red-400 px-3 py-2 text-sm text-red-800 dark:text-red-300">Move to the trash</button>
          </form>
        </>
      )}
    </div>
  );
}

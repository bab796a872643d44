import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminFigure, pickerOptions } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { FigureForm } from '@/components/admin/figure-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
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
    <RecordEditShell
      type="figure"
      id={id}
      heading={`Edit figure: ${record.label}`}
      record={{ version: record.version, published: record.status === 'published', deletedAt: record.deletedAt }}
      publicHref={null}
      query={query}
    >
      <FigureForm id={id} version={record.version} initial={initial} actors={options.actors} sectors={options.sectors} sources={options.sources} />
    </RecordEditShell>
  );
}

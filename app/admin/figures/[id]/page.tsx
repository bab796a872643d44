import { notFound } from 'next/navigation';
import { adminFigure, pickerOptions } from '@/lib/data/admin';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { FigureForm } from '@/components/admin/figure-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit figure' };

export default async function EditFigurePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminFigure(id);
  if (!record) notFound();
  const [snapshot, options] = await Promise.all([recordEditSnapshot('figure', id), pickerOptions()]);
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
      <FigureForm
        id={id}
        version={record.version}
        initial={initial}
        actors={options.actors}
        sectors={options.sectors}
        sources={options.sources}
      />
    </RecordEditShell>
  );
}

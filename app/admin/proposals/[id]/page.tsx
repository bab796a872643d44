import { notFound } from 'next/navigation';
import { adminProposal, eventOptions, pickerOptions } from '@/lib/data/admin';
import { recordEditSnapshot } from '@/lib/data/admin-snapshots';
import { ProposalForm } from '@/components/admin/proposal-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Edit proposal' };

export default async function EditProposalPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  await requirePageUser();
  const { id } = await params;
  const query = await searchParams;
  const record = await adminProposal(id);
  if (!record) notFound();
  const [snapshot, options, events] = await Promise.all([recordEditSnapshot('proposal', id), pickerOptions(), eventOptions()]);
  const initial = (snapshot ?? {}) as unknown as Record<string, FormValue>;
  return (
    <RecordEditShell
      type="proposal"
      id={id}
      heading={`Edit proposal: ${record.title}`}
      record={{ version: record.version, published: record.recordStatus === 'published', deletedAt: record.deletedAt }}
      publicHref={null}
      query={query}
    >
      <ProposalForm
        id={id}
        version={record.version}
        initial={initial}
        actors={options.actors}
        sectors={options.sectors}
        sources={options.sources}
        events={events}
      />
    </RecordEditShell>
  );
}

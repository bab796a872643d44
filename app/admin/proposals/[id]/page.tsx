import { notFound } from 'next/navigation';
import { db } from '@/lib/db';
import { adminProposal, eventOptions, pickerOptions } from '@/lib/data/admin';
import { recordSnapshots } from '@/lib/write/records';
import { ProposalForm } from '@/components/admin/proposal-form';
import { RecordEditShell } from '@/components/admin/record-edit-shell';
import type { FormValue } from '@/lib/forms/form-data';

export const metadata = { title: 'Edit proposal' };

export default async function EditProposalPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const record = await adminProposal(id);
  if (!record) notFound();
  const prisma = await db();
  const [snapshot, options, events] = await Promise.all([prisma.$transaction((tx) => recordSnapshots.proposal(tx, id)), pickerOptions(), eventOptions()]);
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
      <ProposalForm id={id} version={record.version} initial={initial} actors={options.actors} sectors={options.sectors} sources={options.sources} events={events} />
    </RecordEditShell>
  );
}

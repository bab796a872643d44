import { eventOptions, pickerOptions } from '@/lib/data/admin';
import { ProposalForm } from '@/components/admin/proposal-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New proposal' };

export default async function NewProposalPage() {
  await requirePageUser();
  const [options, events] = await Promise.all([pickerOptions(), eventOptions()]);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New proposal</h1>
      <ProposalForm
        initial={{ recordStatus: 'draft', status: 'proposed' }}
        actors={options.actors}
        sectors={options.sectors}
        sources={options.sources}
        events={events}
      />
    </div>
  );
}

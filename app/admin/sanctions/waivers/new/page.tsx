import { eventOptions, pickerOptions } from '@/lib/data/admin';
import { designationOptions } from '@/lib/data/admin-sanctions';
import { WaiverForm } from '@/components/sanctions/waiver-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New waiver' };

export default async function NewWaiverPage() {
  await requirePageUser();
  const [options, designations, events] = await Promise.all([pickerOptions(), designationOptions(), eventOptions()]);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New waiver or licence</h1>
      <WaiverForm
        initial={{ status: 'draft', fromPrecision: 'day', toPrecision: 'day' }}
        actors={options.actors}
        sources={options.sources}
        designations={designations}
        events={events}
      />
    </div>
  );
}

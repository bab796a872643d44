import { pickerOptions } from '@/lib/data/admin';
import { EventForm } from '@/components/admin/event-form';
import { PlaceDatalist } from '@/components/map/place-datalist';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New event' };

export default async function NewEventPage() {
  await requirePageUser();
  const options = await pickerOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New event</h1>
      <EventForm initial={{ status: 'draft', precision: 'day', type: 'meeting' }} {...options} />
      <PlaceDatalist />
    </div>
  );
}

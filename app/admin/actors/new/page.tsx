import { pickerOptions } from '@/lib/data/admin';
import { ActorForm } from '@/components/admin/actor-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New actor' };

export default async function NewActorPage() {
  await requirePageUser();
  const options = await pickerOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New actor</h1>
      <ActorForm initial={{ status: 'draft', kind: 'person' }} actors={options.actors} />
    </div>
  );
}

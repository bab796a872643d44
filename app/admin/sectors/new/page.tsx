import { SectorForm } from '@/components/admin/sector-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New sector' };

export default async function NewSectorPage() {
  await requirePageUser();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New sector</h1>
      <SectorForm initial={{ status: 'draft' }} />
    </div>
  );
}

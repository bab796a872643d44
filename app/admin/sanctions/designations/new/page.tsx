import { pickerOptions } from '@/lib/data/admin';
import { DesignationForm } from '@/components/sanctions/designation-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New designation' };

export default async function NewDesignationPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePageUser();
  const { actor } = await searchParams;
  const options = await pickerOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New designation</h1>
      <DesignationForm
        initial={{ status: 'draft', listedPrecision: 'day', delistedPrecision: 'day', actor: actor ?? '' }}
        actors={options.actors}
        sources={options.sources}
      />
    </div>
  );
}

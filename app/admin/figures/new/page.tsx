import { pickerOptions } from '@/lib/data/admin';
import { FigureForm } from '@/components/admin/figure-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New figure' };

export default async function NewFigurePage() {
  await requirePageUser();
  const options = await pickerOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New figure</h1>
      <FigureForm
        initial={{ status: 'draft', asOfPrecision: 'day' }}
        actors={options.actors}
        sectors={options.sectors}
        sources={options.sources}
      />
    </div>
  );
}

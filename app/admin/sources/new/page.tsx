import { SourceForm } from '@/components/admin/source-form';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'New source' };

export default async function NewSourcePage() {
  await requirePageUser();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New source</h1>
      <SourceForm initial={{ status: 'draft', kind: 'news', publishedPrecision: 'day' }} />
    </div>
  );
}

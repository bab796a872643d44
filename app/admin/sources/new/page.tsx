import { SourceForm } from '@/components/admin/source-form';

export const metadata = { title: 'New source' };

export default function NewSourcePage() {
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-bold">New source</h1>
      <SourceForm initial={{ status: 'draft', kind: 'news', publishedPrecision: 'day' }} />
    </div>
  );
}

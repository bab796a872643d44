import { ImportForm } from '@/components/admin/import-form';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '@/lib/schemas/import';
import { requirePageUser } from '@/lib/auth/authorize';

export const metadata = { title: 'Import events' };

export default async function ImportPage() {
  await requirePageUser();
  return (
    <div className="max-w-6xl space-y-4">
      <h1 className="text-2xl font-bold">Import events</h1>
      <div className="max-w-3xl space-y-2 text-sm">
        <p>
          Upload events in the shape the API exports them: the JSON of <code>/api/v1/events</code> (<code>{'{ "data": [Event] }'}</code> or
          a plain list), or the CSV of <code>/api/v1/events.csv</code>. At most {MAX_IMPORT_BYTES / 1024 / 1024} MB and {MAX_IMPORT_ROWS}{' '}
          events a file.
        </p>
        <p>
          The preview checks every row and shows which actors, sectors and sources match existing records (actors by slug, name or alias;
          sectors by slug or name; sources by id, or by title and outlet) and which will be created. Nothing is written until you import,
          and then everything arrives as a draft, in one step.
        </p>
        <p>
          Sanctions designations come from a FollowTheMoney entities file in JSON Lines, as OpenSanctions publishes it: choose
          “FollowTheMoney (JSONL)”. Each Sanction entity becomes a draft designation of the actor its entity names, matched by name or alias
          (never created); its list page becomes a draft source.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}

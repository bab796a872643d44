import { untrashEventAction } from '@/lib/actions/events';
import { untrashRecordAction } from '@/lib/actions/records';

/**
 * Trashing asks first: the button opens a confirmation (a native disclosure,
 * so it works without JavaScript) that says what readers lose, and only its
 * second button trashes. `fields` are the action's hidden inputs.
 */
export function TrashConfirm({
  noun,
  action,
  fields,
}: {
  noun: string;
  action: (formData: FormData) => Promise<void>;
  fields: Record<string, string | number>;
}) {
  return (
    <details className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <summary className="inline-block cursor-pointer rounded border border-red-400 px-3 py-2 text-sm text-red-800 dark:text-red-300">
        Move to the trash…
      </summary>
      <form action={action} className="mt-3 space-y-2 rounded border border-red-300 p-3 dark:border-red-800">
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="text-sm">
          Readers lose this {noun} at once: it leaves every public page, the API and the pickers
          {noun === 'event' ? ', and its links answer “410 Gone”' : ''}. You can restore it from the trash.
        </p>
        <button type="submit" className="rounded bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800">
          Yes, move this {noun} to the trash
        </button>
      </form>
    </details>
  );
}

/** After a trash, the list's notice offers to take it back in one click. */
export function UndoTrash({ id, noun }: { id: string | undefined; noun: string }) {
  // Older links say `trashed=1`: nothing to undo by id then.
  if (!id || id === '1') return null;
  return (
    <form action={noun === 'event' ? untrashEventAction : untrashRecordAction}>
      <input type="hidden" name="id" value={id} />
      {noun === 'event' ? null : <input type="hidden" name="type" value={noun} />}
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
        Undo: restore the {noun}
      </button>
    </form>
  );
}

import { trashRecordAction, untrashRecordAction } from '@/lib/actions/records';

/**
 * Trashing asks first: the button opens a confirmation (a native disclosure,
 * so it works without JavaScript) that says what readers lose, and only its
 * second button trashes.
 */
export function TrashConfirm({ id, type }: { id: string; type: string }) {
  return (
    <details className="border-t border-slate-200 pt-4 dark:border-slate-800">
      <summary className="inline-block cursor-pointer rounded border border-red-400 px-3 py-2 text-sm text-red-800 dark:text-red-300">
        Move to the trash…
      </summary>
      <form action={trashRecordAction} className="mt-3 space-y-2 rounded border border-red-300 p-3 dark:border-red-800">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="type" value={type} />
        <p className="text-sm">
          Readers lose this {type} at once: it leaves every public page, the API and the pickers
          {type === 'event' ? ', and its links answer “410 Gone”' : ''}. You can restore it from the trash.
        </p>
        <button type="submit" className="rounded bg-red-700 px-3 py-2 text-sm font-medium text-white hover:bg-red-800">
          Yes, move this {type} to the trash
        </button>
      </form>
    </details>
  );
}

/** After a trash, the list's notice offers to take it back in one click. */
export function UndoTrash({ id, type }: { id: string | undefined; type: string }) {
  if (!id || id === '1') return null;
  return (
    <form action={untrashRecordAction}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="type" value={type} />
      <button type="submit" className="rounded border border-slate-300 px-3 py-1 text-sm dark:border-slate-600">
        Undo: restore the {type}
      </button>
    </form>
  );
}

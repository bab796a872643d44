import type { ActionState } from '@/lib/forms/action-state';

/** The form-level message and, after an edit conflict, what the other editor changed. */
export function FormStatus({ state, id = 'form-status' }: { state: ActionState; id?: string }) {
  return (
    <div id={id} aria-live="polite">
      {state.status === 'error' && state.formError ? (
        <p
          role="alert"
          className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {state.formError}
          {state.fieldErrors._form ? ` ${state.fieldErrors._form.join(' ')}` : ''}
        </p>
      ) : null}
      {state.status === 'conflict' ? (
        <div
          role="alert"
          className="space-y-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <p className="font-semibold">Edit conflict</p>
          <p>{state.formError}</p>
          {state.theirChanges.length ? (
            <table className="w-full text-left text-xs">
              <caption className="sr-only">Changes saved by the other editor</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">When you opened it</th>
                  <th scope="col">Now</th>
                </tr>
              </thead>
              <tbody>
                {state.theirChanges.map((c) => (
                  <tr key={c.field} className="align-top">
                    <th scope="row" className="pr-2 font-medium">
                      {c.field}
                    </th>
                    <td className="whitespace-pre-wrap pr-2">{c.before}</td>
                    <td className="whitespace-pre-wrap">{c.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

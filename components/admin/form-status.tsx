import type { ActionState } from '@/lib/forms/action-state';

/** Field names of the snapshots as an editor reads them ("startDate" → "Start date"). */
const LABELS: Record<string, string> = {
  startDate: 'Start date',
  endDate: 'End date',
  proposedBy: 'Proposed by',
  recordStatus: 'Record status',
  publishedAt: 'Published',
  publishedPrecision: 'Publication date precision',
  asOf: 'As of',
  asOfPrecision: 'As-of precision',
};
const fieldLabel = (field: string) => LABELS[field] ?? field.charAt(0).toUpperCase() + field.slice(1);

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
          <p className="font-semibold">
            Edit conflict: you opened version {state.yourVersion ?? '?'}; the current version is {state.currentVersion}
          </p>
          <p>{state.formError}</p>
          {state.saves?.length ? (
            <ul className="list-disc pl-5">
              {state.saves.map((s) => (
                <li key={`${s.version}-${s.at}`}>
                  Version {s.version} by {s.by}, <time dateTime={s.at}>{s.at.slice(0, 16).replace('T', ' ')} UTC</time>
                  {s.message ? `: “${s.message}”` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {state.theirChanges.length ? (
            <table className="w-full text-left text-xs">
              <caption className="sr-only">Changes saved by the other editor</caption>
              <thead>
                <tr>
                  <th scope="col">Field</th>
                  <th scope="col">In your version ({state.yourVersion ?? '?'})</th>
                  <th scope="col">Now (version {state.currentVersion})</th>
                </tr>
              </thead>
              <tbody>
                {state.theirChanges.map((c) => (
                  <tr key={c.field} className="align-top">
                    <th scope="row" className="pr-2 font-medium">
                      {fieldLabel(c.field)}
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

'use client';

import { useState, useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * The iframe code in a disclosure: without JavaScript the reader opens it and
 * selects the read-only text; with it, a Copy button appears (only then, so
 * no dead button is shown).
 */
export function EmbedCode({ code }: { code: string }) {
  const hydrated = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [status, setStatus] = useState('');
  return (
    <details className="rounded border border-slate-200 dark:border-slate-800">
      <summary className="cursor-pointer rounded px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-900">Embed</summary>
      <div className="space-y-2 p-3">
        <label htmlFor="embed-code" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          Paste this code into your page to show this event as a card that links back here.
        </label>
        <textarea
          id="embed-code"
          readOnly
          rows={4}
          value={code}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-900"
        />
        {hydrated ? (
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(code);
                  setStatus('Embed code copied');
                } catch {
                  setStatus('Could not copy; select the code and copy it');
                }
              }}
            >
              Copy embed code
            </button>
            <span role="status" aria-live="polite" className="text-sm">
              {status}
            </span>
          </div>
        ) : null}
      </div>
    </details>
  );
}

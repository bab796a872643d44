'use client';

import { useState } from 'react';

/** The permalink in a read-only field (usable without JavaScript) and a copy button. */
export function CopyLink({ url }: { url: string }) {
  const [status, setStatus] = useState('');
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="grow">
        <label htmlFor="permalink" className="block text-xs font-medium text-slate-600 dark:text-slate-400">
          Permalink
        </label>
        <input
          id="permalink"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          className="mt-1 w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900"
        />
      </div>
      <button
        type="button"
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(url);
            setStatus('Link copied');
          } catch {
            setStatus('Could not copy; select the link and copy it');
          }
        }}
      >
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-sm">
        {status}
      </span>
    </div>
  );
}

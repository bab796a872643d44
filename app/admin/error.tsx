'use client';

import Link from 'next/link';

/**
 * Shown inside the admin area when one of its pages fails. Keeps the admin
 * navigation around it; unsaved form input in other tabs is unaffected, and
 * nothing was half-written because every write is one transaction.
 */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6 dark:border-amber-700 dark:bg-amber-950">
      <h1 className="text-2xl font-bold">This admin page could not be loaded</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        Something failed on the server. If you were saving, your change was either saved whole or not at all: check the record&apos;s
        history before trying again.
      </p>
      {error.digest ? (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Reference for the operators: <code>{error.digest}</code>
        </p>
      ) : null}
      <p className="mt-4 flex gap-3">
        <button type="button" onClick={() => reset()} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">
          Try again
        </button>
        <Link href="/admin" className="rounded border border-slate-300 px-4 py-2 dark:border-slate-600">
          Admin overview
        </Link>
      </p>
    </div>
  );
}

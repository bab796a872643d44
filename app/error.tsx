'use client';

import Link from 'next/link';

/**
 * Shown when a page fails to render. The reference is the error's digest,
 * which the server logs with the request id (lib/log/request-error.ts), so a
 * reader's report can be matched to the log line.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-700 dark:text-amber-300">Error</p>
      <h1 className="mt-2 text-3xl font-bold">This page could not be shown</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        Something went wrong on our side while putting this page together. It is usually brief: try again in a moment.
      </p>
      {error.digest ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Reference: <code>{error.digest}</code>
        </p>
      ) : null}
      <p className="mt-6 flex justify-center gap-4">
        <button type="button" onClick={() => reset()} className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">
          Try again
        </button>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 dark:border-slate-600">
          Browse the timeline
        </Link>
      </p>
    </div>
  );
}

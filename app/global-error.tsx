'use client';

import './globals.css';

/**
 * Last resort, when the root layout itself fails: it replaces the whole
 * document, so it brings its own <html> and <body>.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <main role="alert" className="mx-auto max-w-xl px-4 py-16 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-amber-700 dark:text-amber-300">Error</p>
          <h1 className="mt-2 text-3xl font-bold">Backchannel could not be shown</h1>
          <p className="mt-3 text-slate-700 dark:text-slate-300">
            Something went wrong on our side. It is usually brief: try again in a moment.
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
            {/* A plain link, not <Link>: this page replaces the root layout, and the app's router may be what failed. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full page load is the point here */}
            <a href="/" className="rounded border border-slate-300 px-4 py-2 dark:border-slate-600">
              Browse the timeline
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

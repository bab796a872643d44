import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Event removed', robots: { index: false } };

/** Shown (with status 410, set by proxy.ts) at the permalink of an event moved to the trash. */
export default function GonePage() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-amber-700 dark:text-amber-300">410 · Removed</p>
      <h1 className="mt-2 text-3xl font-bold">This event has been removed</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The editors took this event out of Backchannel, so its permalink no longer shows it. Other events and their
        sources are unaffected.
      </p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">Browse the timeline</Link>
      </p>
    </div>
  );
}

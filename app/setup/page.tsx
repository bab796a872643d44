import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setupState } from '@/lib/data/setup';
import { SetupForm } from '@/components/setup/setup-form';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Set up Backchannel', robots: { index: false } };

/**
 * The first admin account, with the one-time link the server prints in its
 * log while no account exists. Once any account exists the page is gone (404).
 */
export default async function SetupPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const state = await setupState(token);
  if (state === 'closed') notFound();
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-2xl font-bold">Set up Backchannel</h1>
      {state === 'open' && token ? (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            No account exists yet. Create the first admin; this link then stops working for good.
          </p>
          <SetupForm token={token} />
        </>
      ) : (
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950">
          This setup link is missing, mistyped, expired or already used. While no account exists, the server prints a fresh one-time link in
          its log each time it starts.
        </p>
      )}
    </div>
  );
}

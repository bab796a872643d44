import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { currentUser } from '@/lib/auth/session';
import { safeNextPath } from '@/lib/schemas/auth';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

const messages: Record<string, string> = {
  invalid: 'That email and password do not match an active account.',
  locked: 'Too many failed attempts. Wait 15 minutes and try again.',
};

/** A plain form posting to /api/auth/sign-in: works without JavaScript. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  // A repeated parameter (`?next=/a&next=/b`) arrives as an array: the first one counts.
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const params = { next: first(raw.next), error: first(raw.error), signedOut: first(raw.signedOut) };
  const next = safeNextPath(params.next);
  if (await currentUser()) redirect(next);
  const error = params.error ? (messages[params.error] ?? 'Sign-in failed.') : null;
  return (
    <div className="mx-auto max-w-sm py-10">
      <h1 className="text-2xl font-bold">Sign in to edit</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">For Backchannel’s editors. Readers need no account.</p>
      {params.signedOut ? (
        <p role="status" className="mt-4 rounded bg-slate-100 p-2 text-sm dark:bg-slate-900">
          You are signed out.
        </p>
      ) : null}
      <div id="sign-in-error" aria-live="polite">
        {error ? (
          <p
            role="alert"
            className="mt-4 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
          >
            {error}
          </p>
        ) : null}
      </div>
      <form method="post" action="/api/auth/sign-in" className="mt-6 space-y-4" aria-describedby={error ? 'sign-in-error' : undefined}>
        <input type="hidden" name="next" value={next} />
        <div>
          <label htmlFor="email" className="block text-sm font-medium">
            Email
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="username"
            required
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <div>
          <label htmlFor="password" className="block text-sm font-medium">
            Password
          </label>
          <input
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            className="mt-1 w-full rounded border border-slate-300 px-2 py-1.5 dark:border-slate-600 dark:bg-slate-900"
          />
        </div>
        <button type="submit" className="w-full rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800">
          Sign in
        </button>
      </form>
    </div>
  );
}

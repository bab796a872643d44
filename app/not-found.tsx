import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-blue-700 dark:text-blue-300">404 · Not found</p>
      <h1 className="mt-2 text-3xl font-bold">There is nothing at this address</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">
        The event, actor, sector or source you asked for is not in Backchannel. The link may be mistyped, or the record may never have been
        published.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/" className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800">
          Browse the timeline
        </Link>
        <Link href="/sources" className="rounded border border-slate-300 px-4 py-2 dark:border-slate-600">
          See the sources
        </Link>
      </p>
    </div>
  );
}

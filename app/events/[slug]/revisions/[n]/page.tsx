import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { getEventRevision, revisionPath } from '@/lib/data/revisions';
import { revisionNumberSchema } from '@/lib/schemas/api/revision';
import { EventBody } from '@/components/event/event-body';
import { VersionList } from '@/components/revisions/version-list';
import { SavedAt } from '@/components/revisions/saved-at';
import { CopyLink } from '@/components/copy-link';
import { siteUrl } from '@/lib/site-url';

// The former-slug redirect and the 404s are decided per request; the reads are cached (lib/data/revisions.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ slug: string; n: string }> };

/** The revision the URL names: a malformed number, a draft's number and an unknown slug are all simply not found. */
async function load({ params }: Props) {
  const { slug, n } = await params;
  const number = revisionNumberSchema.safeParse(n);
  if (!number.success) return null;
  const found = await getEventRevision(slug, number.data);
  if (found && 'kind' in found) permanentRedirect(revisionPath(found.to, number.data));
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const revision = await load(props);
  if (!revision) return { title: 'Version not found', robots: { index: false } };
  const path = revisionPath(revision.event.slug, revision.n);
  return {
    title: `${revision.event.title} (version ${revision.n})`,
    description: `${revision.event.title} as published in version ${revision.n}. ${revision.event.summary}`.slice(0, 300),
    alternates: { canonical: path },
    // The current permalink is the page to index; this one is for citing.
    robots: { index: false, follow: true },
  };
}

export default async function EventRevisionPage(props: Props) {
  const revision = await load(props);
  if (!revision) notFound();
  const { event } = revision;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/" className="underline">
          Timeline
        </Link>{' '}
        <span aria-hidden>›</span>{' '}
        <Link href={`/events/${event.slug}`} className="underline">
          Current version
        </Link>{' '}
        <span aria-hidden>›</span> <span>Version {revision.n}</span>
      </nav>
      <aside
        aria-label="About this version"
        className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
      >
        <p>
          <strong>{revision.latest ? 'This is the latest published version' : 'You are reading an earlier version'}</strong> of this event:
          version {revision.n}, published <SavedAt iso={revision.savedAt} />.{' '}
          <Link href={`/events/${event.slug}`} className="font-medium underline">
            See the current version
          </Link>
          .
        </p>
        <p className="mt-1">
          Names, sources and proposal statuses link to those records as they are today; a record since withdrawn is left out.
        </p>
      </aside>

      <EventBody event={event} proposalStatusLabel="status today" />

      <CopyLink url={siteUrl(revisionPath(event.slug, revision.n))} />

      <section aria-labelledby="versions-heading" className="border-t border-slate-200 pt-4 dark:border-slate-800">
        <h2 id="versions-heading" className="text-xl font-semibold">
          Published versions
        </h2>
        <div className="mt-2">
          <VersionList slug={event.slug} revisions={revision.revisions} current={revision.n} />
        </div>
      </section>
    </article>
  );
}

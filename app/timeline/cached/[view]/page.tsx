import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TimelinePage, timelineMetadata } from '@/components/timeline/timeline-page';
import { isrRead } from '@/lib/page-read';
import { queryOfViewKey } from '@/lib/timeline/cached-view';

// A view of `/` from the full-route cache (issue 10): rendered on its first request, then served
// until a write revalidates it (lib/actions/support/revalidate.ts) or an hour has passed.
// Only the proxy sends requests here (lib/proxy/cached-timeline.ts); the address bar still says `/?…`.
export const revalidate = 3600;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ view: string }> };

function decoded(segment: string) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

async function queryOf(params: Props['params']) {
  const query = queryOfViewKey(decoded((await params).view));
  if (!query) notFound();
  return query;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return timelineMetadata(await queryOf(params));
}

export default async function CachedTimeline({ params }: Props) {
  return <TimelinePage params={await queryOf(params)} read={isrRead} />;
}

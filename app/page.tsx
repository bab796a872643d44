import type { Metadata } from 'next';
import { TimelinePage, timelineMetadata } from '@/components/timeline/timeline-page';
import { pageRead } from '@/lib/page-read';

// The views of `/` that most readers open come from the full-route cache instead
// (lib/proxy/cached-timeline.ts rewrites them to app/timeline/cached/[view]); this renders the rest per request.
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  return timelineMetadata(await searchParams);
}

export default async function Timeline({ searchParams }: { searchParams: SearchParams }) {
  return <TimelinePage params={await searchParams} read={pageRead} />;
}

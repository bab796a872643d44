import type { Metadata } from 'next';
import { FacetChoicePage } from '@/components/timeline/facet-choice-page';

// Per request, like the filtered views of `/` it serves (any filter in the query).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Choose filters', robots: { index: false }, alternates: { canonical: '/timeline/filters' } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TimelineFilters({ searchParams }: { searchParams: SearchParams }) {
  return <FacetChoicePage params={await searchParams} />;
}

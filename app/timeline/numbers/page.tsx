import type { Metadata } from 'next';
import { ChartNumbersPage } from '@/components/charts/chart-numbers-page';

// Per request, like the filtered views of `/` it serves (any filter in the query).
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Events chart in numbers', alternates: { canonical: '/timeline/numbers' } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ChartNumbers({ searchParams }: { searchParams: SearchParams }) {
  return <ChartNumbersPage params={await searchParams} />;
}

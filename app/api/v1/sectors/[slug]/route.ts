import { getSector } from '@/lib/data/sectors';
import { json, notFoundJson } from '@/lib/api';

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const sector = await getSector((await params).slug);
  return sector ? json(sector) : notFoundJson('Sector');
}

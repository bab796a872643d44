import { getSector } from '@/lib/data/sectors';
import { apiRoute, json, notFoundJson } from '@/lib/api';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const sector = await getSector((await params).slug);
  return sector ? json(sector) : notFoundJson('Sector');
});

import { getSource } from '@/lib/data/sources';
import { apiRoute, json, notFoundJson } from '@/lib/api';

export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const source = await getSource((await params).id);
  return source ? json(source) : notFoundJson('Source');
});

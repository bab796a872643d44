import { getSource } from '@/lib/data/sources';
import { json, notFoundJson } from '@/lib/api';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const source = await getSource((await params).id);
  return source ? json(source) : notFoundJson('Source');
}

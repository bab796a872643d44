import { listSources } from '@/lib/data/sources';
import { listHandler } from '@/lib/api';

export const GET = listHandler(listSources);

import { listSectors } from '@/lib/data/sectors';
import { listHandler } from '@/lib/api';

export const GET = listHandler(listSectors);

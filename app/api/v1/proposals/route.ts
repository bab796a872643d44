import { listProposals } from '@/lib/data/sectors';
import { listHandler } from '@/lib/api';

export const GET = listHandler(listProposals);

import { listActors } from '@/lib/data/actors';
import { listHandler } from '@/lib/api';

export const GET = listHandler(listActors);

import { subjectOutput } from '@/lib/feeds/handlers';

export const GET = subjectOutput('actor', 'json');

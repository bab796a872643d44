import { timelineOutput } from '@/lib/feeds/handlers';

export const GET = timelineOutput('atom');

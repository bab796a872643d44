import { eventCalendar } from '@/lib/feeds/handlers';

export const GET = eventCalendar;

import { answerDuringOutage } from '@/lib/db/outage-response';
import type { ProxyStep } from './pipeline';

/**
 * While the database is away, pages that still render (from the cache) are
 * served and the others answer 503 (lib/db/outage-response.ts). The inner
 * request carries this request's id, so its logs line up with ours.
 */
export const serveDuringOutage: ProxyStep = ({ request, requestHeaders }) => answerDuringOutage(request, requestHeaders);

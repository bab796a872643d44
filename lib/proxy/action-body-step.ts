import { refuseBadActionBody } from './action-body';
import type { ProxyStep } from './pipeline';

/** Too large or malformed form posts get 413/400 here; Next's action decoding would answer 500. */
export const refuseBadFormPosts: ProxyStep = async ({ request }) =>
  request.method === 'POST' ? ((await refuseBadActionBody(request)) ?? undefined) : undefined;

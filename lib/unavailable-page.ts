import { statusPageHtml } from './status-page';

/**
 * The page for 503 while the database is away, answered by the proxy
 * (lib/db/outage-response.ts): an app page can't set a 503 status, and while
 * the database is away nothing that needs it can render.
 */
export function unavailablePageHtml(retryAfterSeconds: number, retry = ''): string {
  return statusPageHtml({
    tag: '503 · Temporarily unavailable',
    title: "Backchannel can't load this page right now",
    paragraphs: [
      `Our database is briefly out of reach, so this page can't be put together. Pages that were already open recently still work. Please try again in ${retryAfterSeconds} seconds.`,
    ],
    link: { href: retry, label: 'Try again' },
  });
}

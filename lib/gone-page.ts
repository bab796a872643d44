import { statusPageHtml } from './status-page';

/** The page for a trashed event's permalink, answered by proxy.ts with status 410 (a rewrite to an app page can only answer 200). */
export function gonePageHtml(): string {
  return statusPageHtml({
    tag: '410 · Removed',
    title: 'This event has been removed',
    paragraphs: [
      'The editors took this event out of Backchannel, so its permalink no longer shows it. Other events and their sources are unaffected.',
    ],
    link: { href: '/', label: 'Browse the timeline' },
  });
}

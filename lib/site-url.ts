import { env } from './env';

/**
 * The absolute URL of a path on this site, for links that leave the page
 * (feeds, calendars, sitemaps, oEmbed, the API's `url`). Every absolute link
 * goes through here, so where the origin comes from is decided in one place.
 */
export function siteUrl(path: string): string {
  return new URL(path, env().SITE_URL).toString();
}

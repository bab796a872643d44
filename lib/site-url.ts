import { AsyncLocalStorage } from 'node:async_hooks';
import { env } from './env';

/** The origin of the request being answered, set by route handlers (lib/api.ts apiRoute) for the links they return. */
const requestOrigin = new AsyncLocalStorage<string>();

/**
 * Where this server answers when SITE_URL is unset: the port `next start` or
 * `next dev` actually bound (Next records it at start-up), so a second copy on
 * another port never links to the first one's port.
 */
export function serverOrigin(): string {
  const fromNext = process.env.__NEXT_PRIVATE_ORIGIN;
  if (fromNext && URL.canParse(fromNext)) return new URL(fromNext).origin;
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** SITE_URL's origin when it is set, else null: the one address every instance and cached page agrees on. */
export function configuredOrigin(): string | null {
  const configured = env().SITE_URL;
  return configured ? new URL(configured).origin : null;
}

/**
 * The origin absolute links use: SITE_URL when set; otherwise the request's
 * own host inside a route handler (a JSON, feed or calendar answer is made for
 * that request and never shared), and this server's own address in pages, which
 * may be cached and served to anyone. Production warns at start-up when SITE_URL
 * is unset (lib/server-start.ts).
 */
export function siteOrigin(): string {
  return configuredOrigin() ?? requestOrigin.getStore() ?? serverOrigin();
}

/**
 * The absolute URL of a path on this site, for links that leave the page
 * (feeds, calendars, sitemaps, oEmbed, the API's `url`, canonical links).
 * Every absolute link goes through here, so where the origin comes from is
 * decided in one place.
 */
export function siteUrl(path: string): string {
  return new URL(path, siteOrigin()).toString();
}

/** Runs `fn` with `origin` (from lib/proxy/public-origin.ts publicOrigin) as the request's origin for siteUrl(). */
export function withRequestOrigin<T>(origin: string, fn: () => T): T {
  return requestOrigin.run(origin, fn);
}

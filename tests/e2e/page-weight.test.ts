/**
 * `/` is lighter (issue 10): the axis marks are an image, not markup twice
 * (HTML and RSC payload). Public pages carry a Cache-Control a CDN can use; admin pages
 * don't. The API answers If-None-Match with 304.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../support/e2e';

/** The inline RSC payload of a page: the strings pushed by its self.__next_f scripts. */
function payloadOf(html: string) {
  let payload = '';
  for (const match of html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)) {
    const chunk = JSON.parse(match[1]) as unknown[];
    if (typeof chunk[1] === 'string') payload += chunk[1];
  }
  return payload;
}

const markupOf = (html: string) => html.replace(/<script[^>]*>[\s\S]*?<\/script>/g, '');

describe('the weight of /', () => {
  it('sends the axis marks as an image, in neither the markup nor the RSC payload', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const payload = payloadOf(html);
    expect(payload.length).toBeGreaterThan(0);
    const markup = markupOf(html);
    expect(markup).not.toMatch(/<circle/);
    expect(payload).not.toContain('"circle"');
    expect(markup).toMatch(/<img [^>]*src="\/timeline\/axis-image/);
    expect(markup).toMatch(/<a [^>]*data-period="/);
  });

  it('draws the axis image for the filter and window of the page', async () => {
    const all = await fetch(`${baseUrl()}/timeline/axis-image`);
    expect(all.status).toBe(200);
    expect(all.headers.get('content-type')).toContain('image/svg+xml');
    expect(all.headers.get('cache-control')).toContain('s-maxage');
    const svg = await all.text();
    expect(svg.match(/<circle /g)?.length ?? 0).toBeGreaterThan(3);
    const narrowed = await (await fetch(`${baseUrl()}/timeline/axis-image?view=2025-03-01..2025-04-30&zoom=day`)).text();
    expect(narrowed).not.toBe(svg);
    expect((await fetch(`${baseUrl()}/timeline/axis-image?from=not-a-date`)).status).toBe(400);
  });
});

describe('Cache-Control and validators', () => {
  it('lets a CDN keep public pages, and never admin pages or a signed-in reader’s', async () => {
    for (const path of ['/', '/?type=meeting', '/actors', '/sectors']) {
      const cacheControl = (await fetch(`${baseUrl()}${path}`)).headers.get('cache-control') ?? '';
      expect(cacheControl, path).toMatch(/\bpublic\b/);
      expect(cacheControl, path).toMatch(/s-maxage=\d+/);
      expect(cacheControl, path).toMatch(/stale-while-revalidate=\d+/);
    }
    const admin = await fetch(`${baseUrl()}/admin`, { redirect: 'manual' });
    expect(admin.headers.get('cache-control')).toMatch(/private|no-store/);
    expect(admin.headers.get('cache-control')).not.toMatch(/s-maxage/);
    const signedIn = await fetch(`${baseUrl()}/`, { headers: { cookie: 'bc_session=x' } });
    expect(signedIn.headers.get('cache-control')).toBe('private, no-store');
  });

  it('sends an ETag on the API and answers a matching If-None-Match with 304 and no body', async () => {
    const url = `${baseUrl()}/api/v1/events?limit=5`;
    const first = await fetch(url);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/);
    const again = await fetch(url, { headers: { 'if-none-match': `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    const stale = await fetch(url, { headers: { 'if-none-match': '"stale"' } });
    expect(stale.status).toBe(200);
    expect((await fetch(`${baseUrl()}/api/v1/events?limit=6`, { headers: { 'if-none-match': etag! } })).status).toBe(200);
  });
});

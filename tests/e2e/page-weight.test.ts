/**
 * `/` is lighter (issue 10): the axis marks are an image, not markup twice
 * (HTML and RSC payload); repeated rows reach the payload as plain values,
 * once. Public pages carry a Cache-Control a CDN can use; admin pages don't.
 * The API answers If-None-Match with 304.
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

/** The raw HTML `/` may weigh on the seeded data (issue 10): the target, 60 KB. */
const PAGE_BUDGET = 60 * 1024;

/** How often a slug occurs in a text as a whole word (not as part of a longer slug). */
const occurrences = (text: string, slug: string) =>
  [...text.matchAll(new RegExp(`(?<![a-z0-9-])${slug.replace(/[^a-z0-9-]/g, '\\$&')}(?![a-z0-9-])`, 'g'))].length;

describe('the weight of /', () => {
  it('stays under its byte budget, its repeated rows sent once as data rather than again as an element tree', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    expect(Buffer.byteLength(html), 'raw HTML of / on the seeded data').toBeLessThanOrEqual(PAGE_BUDGET);
    const payload = payloadOf(html);
    const markup = markupOf(html);
    const slugs = [...markup.matchAll(/<article>[\s\S]*?href="\/events\/([^"]+)"/g)].map((m) => m[1]);
    expect(slugs.length).toBeGreaterThan(5);
    // Each event once in the payload (its values), not twice (a React key and a link's href in an element tree).
    for (const slug of slugs) expect(occurrences(payload, slug), slug).toBe(1);
    // No element tree for the event rows, the facets' options, the axis's tick labels or the chart's numbers table.
    expect(payload).not.toContain('"$","article"');
    expect(payload).not.toContain('"facet-opts"');
    expect(payload).not.toContain('"data-tick-label"');
    expect(payload).not.toContain('"$","td"');
    // …while the HTML still has the rows and tick labels.
    expect(markup).toMatch(/<span data-tick-label="" class="tick/);
    // The facets' options are in neither: a panel links to a page of them, and fills in place from /timeline/facets with JS.
    expect(markup).not.toContain('facet-opts');
    expect(markup).toMatch(/<a href="\/timeline\/filters\?facet=sector" class="underline">Choose sectors…<\/a>/);
    // The chart's numbers table is in neither: a link to its own page, drawn in place from the chart's data with JS.
    expect(markup).not.toContain('<table');
    expect(markup).toMatch(/<a href="\/timeline\/numbers"[^>]*>Show the numbers<\/a>/);
  });

  it('sends the list summaries as teasers of at most 160 characters, the full text staying in the API', async () => {
    const html = await (await fetch(`${baseUrl()}/`)).text();
    const summaries = [...markupOf(html).matchAll(/<\/h4><p>([^<]*)<\/p>/g)].map((m) =>
      m[1].replace(/&#x27;|&quot;|&amp;|&lt;|&gt;/g, (e) => ({ '&#x27;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' })[e]!),
    );
    expect(summaries.length).toBeGreaterThan(5);
    for (const summary of summaries) expect([...summary].length, summary).toBeLessThanOrEqual(160);
    const api = (await (await fetch(`${baseUrl()}/api/v1/events?sort=desc&limit=${summaries.length}`)).json()) as {
      data: { summary: string }[];
    };
    const long = api.data.filter((e) => e.summary.length > 160);
    expect(long.length).toBeGreaterThan(0);
    for (const event of long) {
      const shown = summaries.find((s) => s.endsWith('…') && event.summary.startsWith(s.slice(0, -1)));
      expect(shown, event.summary.slice(0, 40)).toBeDefined();
    }
  });

  it('leaves the chart’s columns out of the page: the chart fetches them from /timeline/chart-data, the same as the numbers page', async () => {
    const payload = payloadOf(await (await fetch(`${baseUrl()}/`)).text());
    expect(payload).toContain('"dataHref":"/timeline/chart-data"');
    expect(payload).not.toContain('"series"');
    const answer = await fetch(`${baseUrl()}/timeline/chart-data`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('etag')).toMatch(/^"[^"]+"$/);
    expect(answer.headers.get('cache-control')).toContain('s-maxage');
    const data = (await answer.json()) as { unit: string; labels: string[]; series: { name: string; values: number[] }[] };
    expect(data.unit).toBe('month');
    expect(data.labels.length).toBeGreaterThan(12);
    for (const s of data.series) expect(s.values).toHaveLength(data.labels.length);
    const numbers = await (await fetch(`${baseUrl()}/timeline/numbers`)).text();
    expect([...numbers.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual(data.labels);
    expect((await fetch(`${baseUrl()}/timeline/chart-data?from=not-a-date`)).status).toBe(400);
  });

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

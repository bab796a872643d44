/**
 * The syndication outputs, through their real route handlers on the real
 * database: Atom and JSON Feed (parsed by a real feed parser and checked
 * against JSON Feed 1.1), iCalendar (parsed by ical.js), the embeds, oEmbed
 * and the sitemap. Drafts and trashed records appear in none of them; bad
 * input answers 400, 404 or 501, never 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import ICAL from 'ical.js';
import { db } from '@/lib/db';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';
import { GET as atomGet } from '@/app/feed.xml/route';
import { GET as jsonGet } from '@/app/feed.json/route';
import { GET as icsGet } from '@/app/calendar.ics/route';
import { GET as actorAtom } from '@/app/actors/[slug]/feed.xml/route';
import { GET as actorIcs } from '@/app/actors/[slug]/calendar.ics/route';
import { GET as sectorJson } from '@/app/sectors/[slug]/feed.json/route';
import { GET as eventIcs } from '@/app/events/[slug]/calendar.ics/route';
import { GET as eventEmbed } from '@/app/embed/events/[slug]/route';
import { GET as timelineEmbed } from '@/app/embed/timeline/route';
import { GET as oembed } from '@/app/api/oembed/route';
import sitemap from '@/app/sitemap';
import robots from '@/app/robots';

const tag = Math.random().toString(36).slice(2, 8);
const prefix = `outputs-${tag}`;
const hidden = `hiddenmarker${tag}`;
const SITE = 'http://backchannel.test';

const source = buildSource({ id: `${prefix}-source`, outlet: 'Reuters', title: 'A report', url: 'https://example.com/report' });
// A name with XML's and HTML's special characters: every output must keep it as text.
const sector = buildSector({ slug: `${prefix}-sector`, name: `Oil & <gas> "${tag}"` });
const actor = buildActor({ slug: `${prefix}-actor`, name: `Envoy ${tag}` });
const draftActor = buildActor({ slug: `${prefix}-draft-actor`, name: `Actor ${hidden} draft` });
const trashedActor = buildActor({ slug: `${prefix}-trashed-actor`, name: `Actor ${hidden} trashed` });
const trashedSector = buildSector({ slug: `${prefix}-trashed-sector`, name: `Sector ${hidden} trashed` });
const links = {
  sectors: [sector.slug, trashedSector.slug],
  actors: [
    { actor: actor.slug, role: 'participant' as const, title: null },
    { actor: draftActor.slug, role: 'participant' as const, title: null },
    { actor: trashedActor.slug, role: 'mentioned' as const, title: null },
  ],
};
const span = buildEvent(source.id, {
  slug: `${prefix}-span`,
  title: `Talks & <b>tea</b> ${tag}`,
  summary: 'Two days of talks. ]]> stays text.',
  date: { start: '2025-04-10', precision: 'day', end: '2025-04-11', approximate: false },
  location: 'Riyadh',
  ...links,
});
const month = buildEvent(source.id, {
  slug: `${prefix}-month`,
  title: `Month event ${tag}`,
  date: { start: '2025-03-01', precision: 'month', end: null, approximate: false },
  ...links,
});
const year = buildEvent(source.id, {
  slug: `${prefix}-year`,
  title: `Year event ${tag}`,
  date: { start: '2017-01-01', precision: 'year', end: null, approximate: false },
  ...links,
});
const draft = buildEvent(source.id, { slug: `${prefix}-draft`, title: `Event ${hidden} draft`, ...links });
const trashed = buildEvent(source.id, { slug: `${prefix}-trashed`, title: `Event ${hidden} trashed`, ...links });

beforeAll(async () => {
  const prisma = await db();
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      sectors: [sector, trashedSector],
      actors: [actor, draftActor, trashedActor],
      events: [span, month, year, draft, trashed],
    }),
  );
  await prisma.event.update({ where: { slug: draft.slug }, data: { status: 'draft' } });
  await prisma.event.update({ where: { slug: trashed.slug }, data: { deletedAt: new Date() } });
  await prisma.actor.update({ where: { slug: draftActor.slug }, data: { status: 'draft' } });
  await prisma.actor.update({ where: { slug: trashedActor.slug }, data: { deletedAt: new Date() } });
  await prisma.sector.update({ where: { slug: trashedSector.slug }, data: { deletedAt: new Date() } });
});

// Other files count every published event on the shared database: leave none behind.
afterAll(async () => {
  const prisma = await db();
  const mine = { startsWith: prefix };
  await prisma.event.deleteMany({ where: { slug: mine } });
  await prisma.actor.deleteMany({ where: { slug: mine } });
  await prisma.sector.deleteMany({ where: { slug: mine } });
  await prisma.source.deleteMany({ where: { id: mine } });
});

const request = (path: string) => new Request(`${SITE}${path}`);
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });
const mineOnly = `sector=${sector.slug}`;
const permalinkOf = (slug: string) => `${SITE}/events/${slug}`;

async function atom(path = `/feed.xml?${mineOnly}`) {
  const response = await atomGet(request(path));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  expect(response.headers.get('cache-control')).toMatch(/s-maxage/);
  const text = await response.text();
  return { text, feed: parseFeed(text) };
}

function icsEvents(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => ({ vevent: v, event: new ICAL.Event(v) }));
}

describe('Atom feed', () => {
  it('lists the filtered public events with permalink, honest date, summary, sectors and sources', async () => {
    const { text, feed } = await atom();
    expect(feed.items.map((i) => i.url).sort()).toEqual([span, month, year].map((e) => permalinkOf(e.slug)).sort());
    const byUrl = new Map(feed.items.map((i) => [i.url, i]));
    const monthItem = byUrl.get(permalinkOf(month.slug))!;
    expect(monthItem.id).toBe(permalinkOf(month.slug));
    expect(monthItem.title).toBe(`Month event ${tag} (March 2025)`);
    expect(monthItem.description).toContain('March 2025 (date known only to the month)');
    expect(monthItem.categories.map((c) => c.label)).toEqual([sector.name]);
    expect(monthItem.content).toContain('Reuters');
    expect(monthItem.content).toContain('https://example.com/report');
    // Markup in a title is text, and "]]>" cannot end the CDATA section.
    const spanItem = byUrl.get(permalinkOf(span.slug))!;
    expect(spanItem.title).toBe(`Talks & <b>tea</b> ${tag} (10–11 April 2025)`);
    expect(spanItem.description).toContain(']]> stays text');
    // Well-formed XML: no raw "<" inside an attribute value (this parser is lenient, strict ones are not).
    expect(text).not.toMatch(/="[^"]*</);
    expect(text).not.toContain(hidden);
    expect(feed.url).toBe(`${SITE}/?${mineOnly}`);
  });

  it("changes an entry's updated when the event is edited", async () => {
    const before = (await atom()).feed.items.find((i) => i.url === permalinkOf(month.slug))!;
    const prisma = await db();
    await new Promise((r) => setTimeout(r, 20));
    await prisma.event.update({ where: { slug: month.slug }, data: { summary: 'Edited summary.', version: { increment: 1 } } });
    const after = (await atom()).feed.items.find((i) => i.url === permalinkOf(month.slug))!;
    const row = await prisma.event.findUniqueOrThrow({ where: { slug: month.slug } });
    expect(after.updated?.toISOString()).toBe(row.updatedAt.toISOString());
    expect(after.updated!.getTime()).toBeGreaterThan(before.updated!.getTime());
    expect(after.description).toContain('Edited summary.');
  });

  it('answers 400 with the reason for a bad filter, never 500', async () => {
    for (const query of ['from=2025-13-45', 'type=party', 'from=2025-05-01&to=2025-01-01', `actor=${'A'.repeat(300)}`]) {
      const response = await atomGet(request(`/feed.xml?${query}`));
      expect(response.status, query).toBe(400);
      const body = await response.json();
      expect(body.issues[0].message, query).toBeTruthy();
    }
  });

  it('per actor: the actor’s public events; 404 for an unknown, draft or trashed actor', async () => {
    const response = await actorAtom(request(`/actors/${actor.slug}/feed.xml`), params(actor.slug));
    const feed = parseFeed(await response.text());
    expect(feed.title).toBe(`Backchannel: events with ${actor.name}`);
    expect(feed.items).toHaveLength(3);
    for (const slug of [draftActor.slug, trashedActor.slug, `${prefix}-nobody`, '%00']) {
      expect((await actorAtom(request(`/actors/x/feed.xml`), params(slug))).status).toBe(404);
    }
  });
});

describe('JSON Feed', () => {
  it('is JSON Feed 1.1 with the required fields, honest dates and no hidden record', async () => {
    const response = await jsonGet(request(`/feed.json?${mineOnly}`));
    expect(response.headers.get('content-type')).toMatch(/^application\/feed\+json/);
    const text = await response.text();
    const feed = JSON.parse(text);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(typeof feed.title).toBe('string');
    expect(feed.feed_url).toBe(`${SITE}/feed.json?${mineOnly}`);
    expect(feed.home_page_url).toBe(`${SITE}/?${mineOnly}`);
    expect(feed.author).toBeUndefined();
    expect(feed.authors).toEqual([{ name: 'Backchannel', url: `${SITE}/` }]);
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(typeof (item.content_html ?? item.content_text)).toBe('string');
      expect(new Date(item.date_modified).toISOString()).toBe(item.date_modified);
    }
    const yearItem = feed.items.find((i: { url: string }) => i.url === permalinkOf(year.slug));
    expect(yearItem.title).toBe(`Year event ${tag} (2017)`);
    expect(yearItem.summary).toContain('2017 (date known only to the year)');
    expect(yearItem.tags).toEqual([sector.name]);
    expect(yearItem._backchannel.event_date).toMatchObject({ start: '2017-01-01', precision: 'year' });
    expect(feed.items.find((i: { url: string }) => i.url === permalinkOf(span.slug)).title).toBe(
      `Talks & <b>tea</b> ${tag} (10–11 April 2025)`,
    );
    expect(text).not.toContain(hidden);
  });

  it('per sector; 404 for a trashed sector', async () => {
    const feed = await (await sectorJson(request('/x'), params(sector.slug))).json();
    expect(feed.items).toHaveLength(3);
    expect((await sectorJson(request('/x'), params(trashedSector.slug))).status).toBe(404);
  });
});

describe('iCalendar', () => {
  it('makes day events all-day with an exclusive end, and marks month and year events as covering the period', async () => {
    const response = await icsGet(request(`/calendar.ics?${mineOnly}`));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const text = await response.text();
    expect(text).not.toContain(hidden);
    const events = icsEvents(text);
    expect(events).toHaveLength(3);
    const find = (title: string) => events.find((e) => e.event.summary.startsWith(title))!;

    const two = find('Talks');
    expect(two.event.startDate.isDate).toBe(true);
    expect(two.event.startDate.toString()).toBe('2025-04-10');
    expect(two.event.endDate.toString()).toBe('2025-04-12');
    expect(two.event.summary).toBe(`Talks & <b>tea</b> ${tag}`);
    expect(two.event.location).toBe('Riyadh');
    expect(two.event.description).toContain('Reuters');
    expect(two.vevent.getFirstPropertyValue('url')).toBe(permalinkOf(span.slug));
    expect(two.vevent.getFirstProperty('categories')?.getValues()).toEqual([sector.name]);

    const m = find('Month event');
    expect(m.event.summary).toBe(`Month event ${tag} (date known only to the month)`);
    expect([m.event.startDate.isDate, m.event.startDate.toString(), m.event.endDate.toString()]).toEqual([
      true,
      '2025-03-01',
      '2025-04-01',
    ]);
    const y = find('Year event');
    expect(y.event.summary).toBe(`Year event ${tag} (date known only to the year)`);
    expect([y.event.startDate.toString(), y.event.endDate.toString()]).toEqual(['2017-01-01', '2018-01-01']);
    expect(y.vevent.getFirstPropertyValue('transp')).toBe('TRANSPARENT');
  });

  it('keeps each UID across edits and raises SEQUENCE and LAST-MODIFIED with the edit', async () => {
    const read = async () => {
      const response = await eventIcs(request('/x'), params(span.slug));
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${span.slug}.ics"`);
      const [only] = icsEvents(await response.text());
      return {
        uid: only.event.uid,
        sequence: only.event.sequence,
        modified: (only.vevent.getFirstPropertyValue('last-modified') as ICAL.Time).toJSDate().getTime(),
      };
    };
    const before = await read();
    const prisma = await db();
    await new Promise((r) => setTimeout(r, 1100));
    await prisma.event.update({ where: { slug: span.slug }, data: { title: `Talks renamed ${tag}`, version: { increment: 1 } } });
    const after = await read();
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBe(before.sequence + 1);
    expect(after.modified).toBeGreaterThan(before.modified);
    const actorCalendar = icsEvents(await (await actorIcs(request('/x'), params(actor.slug))).text());
    expect(actorCalendar.map((e) => e.event.uid)).toContain(after.uid);
    await prisma.event.update({ where: { slug: span.slug }, data: { title: span.title } });
  });

  it('answers 404 for a draft, trashed or unknown event and 400 for a bad filter', async () => {
    for (const slug of [draft.slug, trashed.slug, `${prefix}-nothing`])
      expect((await eventIcs(request('/x'), params(slug))).status).toBe(404);
    expect((await icsGet(request('/calendar.ics?to=yesterday'))).status).toBe(400);
  });
});

describe('embeds', () => {
  it('shows a public event as a framable card that links back in a new tab', async () => {
    const response = await eventEmbed(request('/x'), params(month.slug));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain('frame-ancestors *');
    const html = await response.text();
    expect(html).toContain(`href="${permalinkOf(month.slug)}" target="_blank"`);
    expect(html).toContain('March 2025</time> (date known only to the month)');
    expect(html).toContain(`Sectors: Oil &#38; &#60;gas&#62; &#34;${tag}&#34;`);
    expect(html).not.toContain(hidden);
    for (const slug of [draft.slug, trashed.slug, 'no-such-event'])
      expect((await eventEmbed(request('/x'), params(slug))).status).toBe(404);
  });

  it('lists the filtered timeline, escaped, without hidden events; 400 for a bad filter', async () => {
    const response = await timelineEmbed(request(`/embed/timeline?${mineOnly}`));
    const html = await response.text();
    expect(html).toContain('Talks &#38; &#60;b&#62;tea&#60;/b&#62;');
    expect(html.match(/<li>/g)).toHaveLength(3);
    expect(html).not.toContain(hidden);
    expect((await timelineEmbed(request('/embed/timeline?from=nope'))).status).toBe(400);
  });
});

describe('oEmbed', () => {
  const ask = (query: Record<string, string>) => oembed(request(`/api/oembed?${new URLSearchParams(query)}`));

  it('answers a rich iframe for an event permalink, within maxwidth and maxheight', async () => {
    const response = await ask({ url: permalinkOf(month.slug), format: 'json', maxwidth: '300', maxheight: '200' });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Backchannel', width: 300, height: 200 });
    expect(body.html).toContain(`src="${SITE}/embed/events/${month.slug}"`);
    expect(body.html).toMatch(/^<iframe [^>]*width="300" height="200"/);
  });

  it('answers for a timeline address with its filters', async () => {
    const body = await (await ask({ url: `${SITE}/?${mineOnly}&zoom=day` })).json();
    expect(body.html).toContain(`src="${SITE}/embed/timeline?${mineOnly}"`);
    const forActor = await (await ask({ url: `${SITE}/actors/${actor.slug}` })).json();
    expect(forActor.html).toContain(`/embed/timeline?actor=${actor.slug}`);
  });

  it("follows an event's former slug to its current embed", async () => {
    const prisma = await db();
    const row = await prisma.event.findUniqueOrThrow({ where: { slug: year.slug } });
    const former = `${prefix}-former`;
    await prisma.eventSlugRedirect.create({ data: { fromSlug: former, eventId: row.id } });
    const body = await (await ask({ url: permalinkOf(former) })).json();
    expect(body.html).toContain(`src="${SITE}/embed/events/${year.slug}"`);
  });

  it('404 for addresses that are not ours or not public, 501 for XML, 400 for malformed requests', async () => {
    for (const url of [
      `https://elsewhere.example/events/${month.slug}`,
      permalinkOf(draft.slug),
      permalinkOf(trashed.slug),
      permalinkOf('no-such-event'),
      `${SITE}/admin`,
      `${SITE}/actors/${draftActor.slug}`,
    ]) {
      expect((await ask({ url })).status, url).toBe(404);
    }
    expect((await ask({ url: permalinkOf(month.slug), format: 'xml' })).status).toBe(501);
    const malformed: Record<string, string>[] = [
      {},
      { url: 'not a url' },
      { url: 'javascript:alert(1)' },
      { url: permalinkOf(month.slug), maxwidth: 'wide' },
      { url: permalinkOf(month.slug), format: 'yaml' },
      { url: `${SITE}/?from=2025-99-99` },
    ];
    for (const query of malformed) {
      expect((await ask(query)).status, JSON.stringify(query)).toBe(400);
    }
  });
});

describe('sitemap and robots', () => {
  it('lists public events, actors, sectors and sources with their edit times, and nothing hidden', async () => {
    const entries = await sitemap();
    const urls = entries.map((e) => e.url);
    expect(urls).toContain(permalinkOf(month.slug));
    expect(urls).toContain(`${SITE}/actors/${actor.slug}`);
    expect(urls).toContain(`${SITE}/sectors/${sector.slug}`);
    expect(urls).toContain(`${SITE}/sources/${source.id}`);
    for (const gone of [draft.slug, trashed.slug]) expect(urls).not.toContain(permalinkOf(gone));
    for (const path of [`/actors/${draftActor.slug}`, `/actors/${trashedActor.slug}`, `/sectors/${trashedSector.slug}`]) {
      expect(urls).not.toContain(`${SITE}${path}`);
    }
    const row = await (await db()).event.findUniqueOrThrow({ where: { slug: year.slug } });
    expect(entries.find((e) => e.url === permalinkOf(year.slug))?.lastModified).toBe(row.updatedAt.toISOString());
  });

  it('keeps crawlers out of the admin and points at the sitemap', () => {
    const rules = robots();
    expect(rules.sitemap).toBe(`${SITE}/sitemap.xml`);
    expect([rules.rules].flat()[0].disallow).toEqual(expect.arrayContaining(['/admin', '/api/auth/']));
  });
});

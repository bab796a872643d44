/**
 * The list on `/` reads only what its rows show, in one query
 * (lib/data/timeline-list.ts). It must give exactly what the whole-event read
 * gives, cut to those fields with the summary as a teaser: the same events in
 * the same order and pages, only published live sectors, and with q the same
 * rank and snippet.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listEvents, type EventDTO } from '@/lib/data/events';
import { listTimelineEvents } from '@/lib/data/timeline-list';
import { timelinePageSchema, type EventFilter } from '@/lib/schemas/event-filter';
import type { ListPosition } from '@/lib/data/event-page';
import { writeDataset } from '@/lib/seed/write';
import { teaser } from '@/lib/teaser';
import { buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const tag = Math.random().toString(36).slice(2, 8);
const slug = (name: string) => `tl-${tag}-${name}`;
// A year no other test uses, so the fixture can be isolated with from/to.
const range = { from: '2042-01-01', to: '2042-12-31' };
const [shown, other, draft, trashed] = ['shown', 'other', 'draft', 'trashed'].map(slug);

// Long summaries whose cut falls on joined graphemes and plain text, and a short one; the search word is in some.
const summaries = [
  `${'The delegations discussed quokkafrond sanctions relief and energy projects in the Arctic. '.repeat(3)}`,
  `${'Ж'.repeat(150)} 👨‍👩‍👧👨‍👩‍👧 e\u0301\u0301 ${'word '.repeat(40)}`,
  'Short summary about quokkafrond.',
  `${'a'.repeat(158)}🇺🇸🇷🇺 and more text after the flags, well past the limit of the teaser.`,
  `Dates, sectors and places ${'x'.repeat(300)}`,
];

beforeAll(async () => {
  const source = buildSource({ id: slug('source') });
  const prisma = await db();
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      sectors: [shown, other, draft, trashed].map((s) => buildSector({ slug: s, name: `Sector ${s.slice(-7)}` })),
      actors: [],
      events: summaries.map((summary, i) =>
        buildEvent(source.id, {
          slug: slug(`e${i}`),
          summary,
          type: i % 2 ? 'call' : 'meeting',
          location: i % 2 ? null : 'Riyadh',
          // Two events on one day (e2, e3), so the id breaks the tie in both reads; e4 is known only to the month.
          date: {
            start: ['2042-01-15', '2042-02-15', '2042-03-15', '2042-03-15', '2042-04-01'][i],
            precision: i === 4 ? 'month' : 'day',
            end: null,
            approximate: i === 2,
          },
          sectors: i === 0 ? [] : [other, shown, draft, trashed].slice(0, 1 + (i % 4)),
        }),
      ),
    }),
  );
  await prisma.sector.update({ where: { slug: draft }, data: { status: 'draft' } });
  await prisma.sector.update({ where: { slug: trashed }, data: { deletedAt: new Date() } });
});

afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: `tl-${tag}-` } } });
  await prisma.sector.deleteMany({ where: { slug: { startsWith: `tl-${tag}-` } } });
  await prisma.source.deleteMany({ where: { id: slug('source') } });
});

const decodeCursor = (cursor: string) => timelinePageSchema.parse({ after: cursor }).after;

/** A whole event as the list shows it. */
function listed({ slug, title, summary, type, date, location, sectors, rank, highlight }: EventDTO) {
  return { slug, title, summary: teaser(summary), type, date, location, sectors, ...(rank === undefined ? {} : { rank, highlight }) };
}

async function both(filter: EventFilter, position: ListPosition) {
  const [light, whole] = await Promise.all([listTimelineEvents(filter, position), listEvents(filter, position)]);
  return { light, whole: { ...whole, data: whole.data.map(listed) } };
}

describe('the list on / against whole events (real PostgreSQL)', () => {
  it('gives the same rows, teasers and cursors, in both orders and from every position', async () => {
    const positions: ListPosition[] = [
      { limit: 2, sort: 'desc' },
      { limit: 2, sort: 'asc' },
      { limit: 10 },
      { limit: 2, sort: 'desc', at: '2042-03-01' },
    ];
    for (const position of positions) {
      const { light, whole } = await both(range, position);
      expect(light).toEqual(whole);
      // Every page after this one and back again.
      if (light.nextCursor) {
        const after = decodeCursor(light.nextCursor)!;
        const next = await both(range, { ...position, at: undefined, after });
        expect(next.light).toEqual(next.whole);
        if (next.light.prevCursor) {
          const back = await both(range, { ...position, at: undefined, before: decodeCursor(next.light.prevCursor)! });
          expect(back.light).toEqual(back.whole);
        }
      }
    }
    const all = await listTimelineEvents(range, { limit: 10, sort: 'asc' });
    expect(all.data.map((e) => e.slug).sort()).toEqual([0, 1, 2, 3, 4].map((i) => slug(`e${i}`)));
    expect(all.data.map((e) => e.date.start)).toEqual(['2042-01-15', '2042-02-15', '2042-03-15', '2042-03-15', '2042-04-01']);
    expect(all.data.at(-1)!.date.label).toBe('April 2042');
  });

  it('shows only published, live sectors, by name', async () => {
    const { data } = await listTimelineEvents(range, { limit: 10, sort: 'asc' });
    const sectorsOf = (i: number) => data.find((e) => e.slug === slug(`e${i}`))!.sectors.map((s) => s.slug);
    expect(sectorsOf(0)).toEqual([]);
    expect(sectorsOf(3)).toEqual([other, shown]); // draft and trashed left out
    expect(data.flatMap((e) => e.sectors.map((s) => s.slug))).not.toContain(draft);
    expect(data.flatMap((e) => e.sectors.map((s) => s.slug))).not.toContain(trashed);
    expect(sectorsOf(2)).toEqual([other, shown]); // draft left out
    expect(data.find((e) => e.slug === slug('e4'))!.sectors).toEqual([{ slug: other, name: `Sector ${other.slice(-7)}` }]);
  });

  it('cuts long summaries to the teaser of the whole text, and leaves short ones', async () => {
    const { data } = await listTimelineEvents(range, { limit: 10, sort: 'asc' });
    for (const e of data) expect(e.summary).toBe(teaser(summaries[Number(e.slug.slice(-1))]));
    expect(data.find((e) => e.slug === slug('e2'))!.summary).toBe(summaries[2]);
    for (const e of data) expect([...e.summary].length).toBeLessThanOrEqual(160);
    expect(data.filter((e) => e.summary.endsWith('…'))).toHaveLength(4);
  });

  it('keeps the rank and the snippet of a search, and pages by relevance as whole events do', async () => {
    const filter = { ...range, q: 'quokkafrond' };
    const { light, whole } = await both(filter, { limit: 1 });
    expect(light).toEqual(whole);
    expect(light.data[0].rank).toBeGreaterThan(0);
    expect(light.data[0].highlight?.parts.some((p) => p.match)).toBe(true);
    const next = await both(filter, { limit: 1, after: decodeCursor(light.nextCursor!)! });
    expect(next.light).toEqual(next.whole);
    expect(next.light.data.map((e) => e.slug)).not.toEqual(light.data.map((e) => e.slug));
  });
});

/**
 * Keyset paging of the timeline list in both orders and both directions, on
 * real PostgreSQL: events crowded onto a few dates (ties broken by id), under
 * filters, checked page by page against the one ordered list they must cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { allEvents, listEvents, type EventDTO, type EventPage } from '@/lib/data/events';
import { encodeCursor, eventFilterSchema, eventPageSchema, timelinePageSchema, type SortOrder } from '@/lib/schemas/event-filter';
import { writeDataset } from '@/lib/seed/write';
import { buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const source = buildSource();
const sector = buildSector({ slug: 'zk-keyset-sector' });
const other = buildSector({ slug: 'zk-keyset-other' });
// 41 events on 7 dates, 9 of them on one day: most page boundaries fall inside a run of ties.
const dates = ['2032-01-05', '2032-01-05', '2032-02-01', '2032-02-10', '2032-02-10', '2032-03-15', '2033-07-01'];
const events = Array.from({ length: 41 }, (_, i) =>
  buildEvent(source.id, {
    slug: `zk-keyset-${String(i).padStart(2, '0')}`,
    date: { start: i < 9 ? '2032-02-10' : dates[i % dates.length], precision: 'day', end: null, approximate: false },
    type: i % 3 === 0 ? 'call' : 'meeting',
    sectors: i % 4 === 0 ? [sector.slug, other.slug] : [sector.slug],
  }),
);

const filters = {
  sector: eventFilterSchema.parse({ sector: sector.slug }),
  calls: eventFilterSchema.parse({ sector: sector.slug, type: 'call' }),
  both: eventFilterSchema.parse({ sector: other.slug, from: '2032-02-01' }),
};
type FilterName = keyof typeof filters;

const ids = new Map<string, string>(); // slug → id
const cursorOf = (e: EventDTO) => encodeCursor(e.date.start, ids.get(e.slug)!);
const decode = (cursor: string) => timelinePageSchema.parse({ after: cursor }).after!;
const slugs = (page: { data: EventDTO[] }) => page.data.map((e) => e.slug);

/** The whole filtered set in one order, read as one page, checked against the rule it must follow. */
async function ordered(filterName: FilterName, sort: SortOrder): Promise<EventDTO[]> {
  const page = await listEvents(filters[filterName], { limit: 100, sort });
  expect(page.nextCursor).toBeNull();
  expect(page.prevCursor).toBeNull();
  return page.data;
}

/** A small deterministic generator, so a failure replays. */
function random(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

beforeAll(async () => {
  const prisma = await db();
  await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector, other], actors: [], events }));
  const rows = await prisma.event.findMany({ where: { slug: { startsWith: 'zk-keyset-' } }, select: { id: true, slug: true } });
  for (const r of rows) ids.set(r.slug, r.id);
});
afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'zk-keyset-' } } });
});

describe('listEvents keyset paging (real PostgreSQL)', () => {
  it('orders oldest first by (date, id) and newest first as its exact reverse', async () => {
    const asc = await ordered('sector', 'asc');
    expect(asc.length).toBe(41);
    const key = (e: EventDTO) => `${e.date.start}|${ids.get(e.slug)}`;
    for (let i = 1; i < asc.length; i++) expect(asc[i - 1].date.start <= asc[i].date.start).toBe(true);
    // Ties on the same date come in one fixed order, the same one each time.
    expect(new Set(asc.map(key)).size).toBe(41);
    const desc = await ordered('sector', 'desc');
    expect(slugs({ data: desc })).toEqual(slugs({ data: asc }).reverse());
    // The default order stays oldest first (the API and the sector pages rely on it).
    expect(slugs(await listEvents(filters.sector, { limit: 100 }))).toEqual(slugs({ data: asc }));
  });

  for (const sort of ['asc', 'desc'] as const) {
    for (const filterName of Object.keys(filters) as FilterName[]) {
      it(`walks ${filterName} ${sort} forwards and back by cursors, page for page`, async () => {
        const full = await ordered(filterName, sort);
        for (const limit of [1, 4, 9]) {
          const pages: EventPage[] = [await listEvents(filters[filterName], { limit, sort })];
          while (pages.at(-1)!.nextCursor) {
            pages.push(await listEvents(filters[filterName], { limit, sort, after: decode(pages.at(-1)!.nextCursor!) }));
          }
          expect(pages.flatMap(slugs)).toEqual(slugs({ data: full }));
          expect(pages[0].prevCursor).toBeNull();
          // Back again: each page's prevCursor leads to exactly the page before it.
          for (let i = pages.length - 1; i > 0; i--) {
            const back = await listEvents(filters[filterName], { limit, sort, before: decode(pages[i].prevCursor!) });
            expect(slugs(back)).toEqual(slugs(pages[i - 1]));
            expect(back.prevCursor === null).toBe(i - 1 === 0);
            expect(back.nextCursor).not.toBeNull();
          }
        }
      });
    }
  }

  it('agrees with the ordered list from random positions, orders, filters and page sizes', async () => {
    const next = random(20260512);
    const names = Object.keys(filters) as FilterName[];
    for (let round = 0; round < 60; round++) {
      const filterName = names[next(names.length)];
      const sort: SortOrder = next(2) ? 'asc' : 'desc';
      const full = await ordered(filterName, sort);
      const n = full.length;
      const limit = 1 + next(12);
      const mode = next(3);
      // Where the expected page starts and ends in `full`; past either end, the page at that end.
      let start: number;
      let end: number;
      let position: { after?: ReturnType<typeof decode>; before?: ReturnType<typeof decode>; at?: string };
      if (mode === 0) {
        const k = next(n);
        position = { after: decode(cursorOf(full[k])) };
        [start, end] = k + 1 < n ? [k + 1, Math.min(n, k + 1 + limit)] : [Math.max(0, n - limit), n];
      } else if (mode === 1) {
        // A page back near the start may be short: it ends where the cursor's event is.
        const k = next(n);
        position = { before: decode(cursorOf(full[k])) };
        [start, end] = k > 0 ? [Math.max(0, k - limit), k] : [0, Math.min(n, limit)];
      } else {
        const at = ['2031-12-31', '2032-01-05', '2032-01-06', '2032-02-10', '2032-03-01', '2033-07-01', '2034-01-01'][next(7)];
        position = { at };
        const k = full.findIndex((e) => (sort === 'desc' ? e.date.start <= at : e.date.start >= at));
        [start, end] = k >= 0 ? [k, Math.min(n, k + limit)] : [Math.max(0, n - limit), n];
      }
      const context = `${filterName} ${sort} limit ${limit} ${JSON.stringify(position)}`;
      const page = await listEvents(filters[filterName], { limit, sort, ...position });
      expect(slugs(page), context).toEqual(slugs({ data: full.slice(start, end) }));
      expect(page.prevCursor !== null, context).toBe(start > 0);
      expect(page.nextCursor !== null, context).toBe(end < n);
    }
  });

  it('jumps to a date: the page starts at the date in the current order, or at the nearest end', async () => {
    const desc = await listEvents(filters.sector, { limit: 5, sort: 'desc', at: '2032-02-09' });
    expect(desc.data.every((e) => e.date.start <= '2032-02-09')).toBe(true);
    expect(desc.data[0].date.start).toBe('2032-02-01');
    expect(desc.prevCursor).not.toBeNull();
    const asc = await listEvents(filters.sector, { limit: 5, sort: 'asc', at: '2032-02-09' });
    expect(asc.data.map((e) => e.date.start)).toEqual(Array(5).fill('2032-02-10'));
    // Before the first event in newest-first order: the oldest page, not an empty one.
    const past = await listEvents(filters.sector, { limit: 5, sort: 'desc', at: '2000-01-01' });
    expect(slugs(past)).toEqual(slugs({ data: (await ordered('sector', 'desc')).slice(-5) }));
    expect(past.nextCursor).toBeNull();
    expect(past.prevCursor).not.toBeNull();
  });

  it('gives nothing and no cursors for a filter that matches nothing, wherever it starts', async () => {
    const none = eventFilterSchema.parse({ sector: sector.slug, from: '2040-01-01' });
    for (const position of [{}, { at: '2032-01-01' }, { after: decode(encodeCursor('2032-01-05', 'a')) }]) {
      expect(await listEvents(none, { limit: 5, sort: 'desc', ...position })).toEqual({ data: [], nextCursor: null, prevCursor: null });
    }
  });

  it('exports every filtered event oldest first through allEvents, across batches', async () => {
    const batches: EventDTO[][] = [];
    for await (const batch of allEvents(filters.sector, 4)) batches.push(batch);
    expect(batches.every((b) => b.length <= 4)).toBe(true);
    expect(batches.flat().map((e) => e.slug)).toEqual(slugs({ data: await ordered('sector', 'asc') }));
  });

  it("reads the API's sort and cursor, oldest first by default", () => {
    const c = encodeCursor('2032-02-10', 'abc');
    expect(eventPageSchema.parse({ cursor: c })).toEqual({ limit: 50, sort: 'asc', after: { date: '2032-02-10', id: 'abc' } });
    expect(eventPageSchema.parse({ sort: 'desc' }).sort).toBe('desc');
    expect(eventPageSchema.safeParse({ sort: 'newest' }).success).toBe(false);
  });
});

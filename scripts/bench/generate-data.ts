/**
 * Synthetic benchmark data, written straight to PostgreSQL with multi-row
 * INSERTs through node-postgres (one Prisma call per row would make loading
 * 100k events take longer than the benchmark itself).
 *
 * The data is deterministic for a given size (seeded PRNG), so two runs
 * measure the same rows.
 */
import pg from 'pg';
import { isoDay, periodEnd, periodStart } from '../../lib/dates';
import type { Precision } from '../../lib/schemas/common';

export const PERMALINK_SLUG = 'bench-permalink';

const EVENT_TYPES = ['meeting', 'call', 'visit', 'statement', 'proposal', 'sanction', 'legal', 'other'] as const;
const ROLES = ['participant', 'host', 'speaker', 'mentioned'] as const;
const SOURCE_KINDS = ['news', 'analysis', 'opinion', 'official'] as const;
const SECTOR_NAMES = [
  'Energy',
  'Oil and gas',
  'Banking',
  'Aviation',
  'Agriculture',
  'Fertilisers',
  'Metals',
  'Mining',
  'Rare earths',
  'Shipping',
  'Arctic',
  'Space',
  'Telecoms',
  'Technology',
  'Automotive',
  'Pharmaceuticals',
  'Sovereign funds',
  'Payments',
  'Tourism',
  'Sport',
];
const FIRST_NAMES = [
  'Anna',
  'Boris',
  'Carla',
  'Dmitri',
  'Elena',
  'Frank',
  'Galina',
  'Henry',
  'Irina',
  'James',
  'Kirill',
  'Laura',
  'Mikhail',
  'Nina',
  'Oleg',
  'Paul',
];
const LAST_NAMES = [
  'Ivanov',
  'Smith',
  'Petrova',
  'Johnson',
  'Sokolov',
  'Miller',
  'Volkova',
  'Brown',
  'Kuznetsov',
  'Davis',
  'Orlova',
  'Wilson',
  'Lebedev',
  'Moore',
  'Popova',
  'Clark',
  'Morozov',
  'Taylor',
  'Fedorova',
];
const CYRILLIC: Record<string, string> = {
  Anna: 'Анна',
  Boris: 'Борис',
  Dmitri: 'Дмитрий',
  Elena: 'Елена',
  Galina: 'Галина',
  Irina: 'Ирина',
  Kirill: 'Кирилл',
  Mikhail: 'Михаил',
  Nina: 'Нина',
  Oleg: 'Олег',
  Ivanov: 'Иванов',
  Petrova: 'Петрова',
  Sokolov: 'Соколов',
  Volkova: 'Волкова',
  Kuznetsov: 'Кузнецов',
  Orlova: 'Орлова',
  Lebedev: 'Лебедев',
  Popova: 'Попова',
  Morozov: 'Морозов',
  Fedorova: 'Федорова',
};
const PLACES = ['Moscow', 'Washington', 'Riyadh', 'Istanbul', 'Geneva', 'St Petersburg', 'New York', 'Anchorage', 'Dubai', 'Vienna'];
const OUTLETS = ['Wire service', 'Business daily', 'State agency', 'Weekly review', 'Trade journal'];

/** Earliest and latest day events may fall on (inclusive). */
const FIRST_DAY = Date.UTC(2010, 0, 1);
const LAST_DAY = Date.UTC(2026, 11, 31);
const DAY_MS = 86_400_000;

/** mulberry32: small, fast, seedable; Math.random cannot be seeded. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  /** `count` distinct integers in [0, n). */
  const distinct = (count: number, n: number) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, n)) chosen.add(Math.floor(next() * n));
    return [...chosen];
  };
  return { next, int, pick, distinct };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Row = unknown[];

/**
 * INSERT in batches of multi-row VALUES lists. PostgreSQL allows 65,535 bind
 * parameters per statement; batches stay well under that. Untyped parameters
 * are coerced to each target column's type (enums, dates, arrays) by the
 * server, so no casts are needed.
 */
async function insertRows(client: pg.ClientBase, table: string, columns: string[], rows: Row[]) {
  const perBatch = Math.floor(30_000 / columns.length);
  const columnList = columns.map((c) => `"${c}"`).join(', ');
  for (let start = 0; start < rows.length; start += perBatch) {
    const batch = rows.slice(start, start + perBatch);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value) => {
        values.push(value);
        return `$${values.length}`;
      });
      return `(${placeholders.join(', ')})`;
    });
    await client.query(`INSERT INTO "${table}" (${columnList}) VALUES ${tuples.join(', ')}`, values);
  }
}

const TRIGGERED_TABLES = ['Event', 'EventSector', 'EventActor', 'Citation'] as const;

/**
 * Search numbers over missing documents would flatter the index: every event
 * must have one, and it must be what the triggers keep current (the sample
 * is rebuilt from scratch and compared).
 */
async function checkDocuments(client: pg.ClientBase) {
  const { rows } = await client.query<{ missing: string; stale: string }>(`
    SELECT (SELECT count(*) FROM "Event" WHERE "searchDocument" IS NULL) AS missing,
      (SELECT count(*) FROM (SELECT * FROM "Event" ORDER BY "id" LIMIT 200) e
        WHERE e."searchDocument" IS DISTINCT FROM public.bc_event_document(e."id", e."title", e."summary", e."location")) AS stale`);
  const { missing, stale } = rows[0];
  if (missing !== '0' || stale !== '0') {
    throw new Error(`Search documents not filled: ${missing} missing, ${stale} of 200 sampled out of date`);
  }
}

export interface GeneratedCounts {
  events: number;
  actors: number;
  sectors: number;
  sources: number;
  eventSectors: number;
  eventActors: number;
  citations: number;
}

export interface GeneratedData {
  counts: GeneratedCounts;
  /** A sector slug to use in the filtered-timeline URL. */
  filterSector: string;
}

/** Fills an empty, migrated database with `eventCount` published events and their links. */
export async function generateData(databaseUrl: string, eventCount: number): Promise<GeneratedData> {
  const rand = prng(0xbac4 + eventCount);
  const now = new Date().toISOString();
  const actorCount = 300;
  const sourceCount = Math.min(5_000, Math.max(100, Math.round(eventCount / 10)));

  const sectors: Row[] = SECTOR_NAMES.map((name, i) => {
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return [`s${pad(i + 1, 3)}`, slug, name, `Synthetic sector: ${name}.`, 'published', null, 1, now, now];
  });

  const actors: Row[] = [];
  for (let i = 0; i < actorCount; i++) {
    const organisation = i % 5 === 4;
    const first = organisation ? null : rand.pick(FIRST_NAMES);
    const last = rand.pick(LAST_NAMES);
    const name = organisation ? `${last} ${rand.pick(['Fund', 'Bank', 'Group', 'Ministry', 'Corporation'])} ${i}` : `${first} ${last} ${i}`;
    const country = rand.pick(['US', 'RU', 'SA', 'TR', null]);
    // Russian people carry their name in Cyrillic as an alias, as the seed's do, so Cyrillic queries have matches.
    const cyrillic = first && country === 'RU' && CYRILLIC[first] && CYRILLIC[last] ? [`${CYRILLIC[first]} ${CYRILLIC[last]}`] : [];
    actors.push([
      `a${pad(i + 1, 4)}`,
      `actor-${pad(i + 1, 4)}`,
      name,
      organisation ? 'organisation' : 'person',
      cyrillic,
      country,
      `Synthetic actor number ${i + 1}.`,
      'published',
      null,
      1,
      now,
      now,
    ]);
  }

  const sources: Row[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const precision: Precision = rand.pick(['day', 'day', 'day', 'month', 'year'] as const);
    const published = periodStart(new Date(FIRST_DAY + rand.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS), precision);
    sources.push([
      `src${pad(i + 1, 5)}`,
      `Synthetic report ${i + 1} on the talks`,
      rand.pick(OUTLETS),
      rand.next() < 0.5 ? `${rand.pick(FIRST_NAMES)} ${rand.pick(LAST_NAMES)}` : null,
      isoDay(published),
      precision,
      `https://example.org/report/${i + 1}`,
      rand.pick(SOURCE_KINDS),
      null,
      'published',
      null,
      1,
      now,
      now,
    ]);
  }

  const events: Row[] = [];
  const eventSectors: Row[] = [];
  const eventActors: Row[] = [];
  const citations: Row[] = [];
  for (let i = 0; i < eventCount; i++) {
    const id = `e${pad(i + 1, 6)}`;
    // The permalink is a fixed, fully linked event in the middle of the range,
    // so that it has neighbours on both sides at every size.
    const isPermalink = i === 0;
    const precision: Precision = isPermalink
      ? 'day'
      : rand.pick(['day', 'day', 'day', 'day', 'day', 'day', 'day', 'month', 'month', 'year'] as const);
    const day = isPermalink ? new Date(Date.UTC(2018, 5, 15)) : new Date(FIRST_DAY + rand.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS);
    const start = periodStart(day, precision);
    const end = precision === 'day' && !isPermalink && rand.next() < 0.1 ? new Date(start.getTime() + rand.int(1, 3) * DAY_MS) : null;
    const type = isPermalink ? 'meeting' : rand.pick(EVENT_TYPES);
    const sectorIdx = rand.distinct(isPermalink ? 3 : rand.int(1, 3), sectors.length);
    const actorIdx = rand.distinct(isPermalink ? 4 : rand.int(1, 4), actorCount);
    const sectorName = String(sectors[sectorIdx[0]][2]);
    events.push([
      id,
      isPermalink ? PERMALINK_SLUG : `event-${pad(i + 1, 6)}`,
      `Synthetic ${type} ${i + 1} on ${sectorName.toLowerCase()}`,
      `A generated ${type} about ${sectorName.toLowerCase()}, used to measure the timeline with ${eventCount} events. ` +
        'It has a summary of realistic length so that pages and API responses weigh about what real ones do.',
      type,
      isoDay(start),
      precision,
      end ? isoDay(end) : null,
      isoDay(end ?? periodEnd(start, precision)),
      !isPermalink && rand.next() < 0.05,
      rand.next() < 0.7 ? rand.pick(PLACES) : null,
      'published',
      null,
      1,
      now,
      now,
    ]);
    for (const s of sectorIdx) eventSectors.push([id, sectors[s][0]]);
    for (const a of actorIdx) {
      eventActors.push([id, actors[a][0], rand.pick(ROLES), rand.next() < 0.3 ? 'Special envoy' : null]);
    }
    const citationCount = isPermalink ? 2 : rand.int(1, 2);
    for (let c = 0; c < citationCount; c++) {
      citations.push([
        `c${id.slice(1)}${c}`,
        sources[rand.int(0, sourceCount - 1)][0],
        `Quoted sentence ${c + 1} supporting event ${i + 1}, as printed by the source.`,
        rand.next() < 0.5 ? actors[actorIdx[0]][0] : null,
        id,
        c,
      ]);
    }
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    const meta = ['status', 'deletedAt', 'version', 'createdAt', 'updatedAt'];
    await insertRows(client, 'Sector', ['id', 'slug', 'name', 'description', ...meta], sectors);
    await insertRows(client, 'Actor', ['id', 'slug', 'name', 'kind', 'aliases', 'country', 'description', ...meta], actors);
    await insertRows(
      client,
      'Source',
      ['id', 'title', 'outlet', 'author', 'publishedAt', 'publishedPrecision', 'url', 'kind', 'note', ...meta],
      sources,
    );
    // The search document (prisma/migrations/*_search): triggers keep it
    // current on every write, but during a bulk load they would build each
    // event's document once on insert and again per batch of each link
    // table, which at 100k events takes minutes and bloats the table. They
    // are switched off for the load (inside this transaction, for these
    // tables only), and the documents are then built once, by the function
    // the triggers call. checkDocuments compares a sample with it.
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    await insertRows(
      client,
      'Event',
      ['id', 'slug', 'title', 'summary', 'type', 'startDate', 'precision', 'endDate', 'periodEnd', 'approximate', 'location', ...meta],
      events,
    );
    await insertRows(client, 'EventSector', ['eventId', 'sectorId'], eventSectors);
    await insertRows(client, 'EventActor', ['eventId', 'actorId', 'role', 'title'], eventActors);
    await insertRows(client, 'Citation', ['id', 'sourceId', 'quote', 'speakerId', 'eventId', 'position'], citations);
    // Statistics first (ANALYZE counts this transaction's own rows): without
    // them the document's per-event lookups may be planned as scans.
    await client.query('ANALYZE');
    // bc_refresh_events(ids), which the link triggers call, is fine for a
    // statement's rows, but its `= ANY(ids)` is quadratic over every event.
    await client.query('UPDATE "Event" e SET "searchDocument" = public.bc_event_document(e."id", e."title", e."summary", e."location")');
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await checkDocuments(client);
    await client.query('COMMIT');
    // Fresh tables have no statistics; without them the planner guesses and
    // the numbers would say more about the guess than about the queries.
    // VACUUM too, so that the visibility map allows index-only scans and
    // autovacuum does not start on these tables in the middle of a measurement.
    await client.query('VACUUM (ANALYZE)');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  return {
    counts: {
      events: events.length,
      actors: actors.length,
      sectors: sectors.length,
      sources: sources.length,
      eventSectors: eventSectors.length,
      eventActors: eventActors.length,
      citations: citations.length,
    },
    // Sectors are equally likely (1–3 of 20 per event), so any one matches
    // ~1/10 of events and, with type=meeting, ~1/80 of them.
    filterSector: String(sectors[0][1]),
  };
}

/**
 * Search and filter latency measured in the database: the statements the
 * app runs (built by the same functions, lib/data/search-sql.ts and
 * lib/data/event-query.ts), each run `runs` times on one connection after a
 * warm-up, timed from the client over a local socket. No HTTP server and no
 * Next cache is involved, so these are the costs a cache miss pays.
 *
 * Per query: the list's first page (25 + 1 rows, ranked for q, newest first
 * otherwise) and the count of matches (the lead's "N events match"). For the
 * search queries the plan is checked for the GIN index on "searchDocument",
 * and one EXPLAIN ANALYZE of each kind is kept to print.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Prisma } from '../../lib/generated/prisma/client';
import type { EventFilter } from '../../lib/schemas/event-filter';
import { countSql, eventWhere, keysetSql } from '../../lib/data/event-query';
import { searchPageSql } from '../../lib/data/search-sql';
import { percentile } from './measure';

export const SEARCH_INDEX = 'Event_searchDocument_idx';
const PAGE_ROWS = 26;

export interface QueryCase {
  kind: 'search' | 'filter';
  label: string;
  filter: EventFilter;
}

/** Against the synthetic vocabulary of generate-data.ts. */
export function queryCases(filterSector: string): QueryCase[] {
  return [
    { kind: 'search', label: 'one word, stemmed', filter: { q: 'fertiliser' } },
    { kind: 'search', label: 'two words, any order', filter: { q: 'shipping Geneva' } },
    { kind: 'search', label: 'phrase', filter: { q: '"oil and gas"' } },
    { kind: 'search', label: 'name typo', filter: { q: 'Kuznetsof' } },
    { kind: 'search', label: 'Cyrillic name', filter: { q: 'Кузнецов' } },
    { kind: 'search', label: 'word + filters', filter: { q: 'meeting', sector: [filterSector] } },
    { kind: 'filter', label: 'sector + type', filter: { sector: [filterSector], type: ['meeting'] } },
    { kind: 'filter', label: 'one sector', filter: { sector: [filterSector] } },
    { kind: 'filter', label: 'two sectors', filter: { sector: [filterSector, 'banking'] } },
    { kind: 'filter', label: 'two types', filter: { type: ['call', 'visit'] } },
    { kind: 'filter', label: 'actor', filter: { actor: ['actor-0001'] } },
    { kind: 'filter', label: 'one year', filter: { from: '2024-01-01', to: '2024-12-31' } },
  ];
}

function pageSql(filter: EventFilter): Prisma.Sql {
  return filter.q ? searchPageSql(eventWhere({ ...filter, q: undefined }), filter.q, PAGE_ROWS) : keysetSql(filter, null, true, PAGE_ROWS);
}

export interface QueryTiming {
  kind: QueryCase['kind'];
  label: string;
  query: string;
  matches: number;
  page: { p50: number; p95: number };
  count: { p50: number; p95: number };
  /** Search only: whether the page's plan reads the GIN index. */
  usesIndex: boolean | null;
}

export interface QueryReport {
  runs: number;
  timings: QueryTiming[];
  /** EXPLAIN ANALYZE of the first search and the first filter page. */
  plans: { label: string; plan: string }[];
}

async function timeRuns(client: pg.Client, sql: Prisma.Sql, runs: number) {
  for (let i = 0; i < 3; i++) await client.query(sql.text, sql.values);
  const times = new Float64Array(runs);
  let rows: Record<string, unknown>[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    rows = (await client.query(sql.text, sql.values)).rows;
    times[i] = performance.now() - start;
  }
  times.sort();
  return { p50: percentile(times, 50), p95: percentile(times, 95), rows };
}

async function explain(client: pg.Client, sql: Prisma.Sql, analyze: boolean) {
  const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (${analyze ? 'ANALYZE, ' : ''}COSTS OFF) ${sql.text}`, sql.values);
  return rows.map((r) => r['QUERY PLAN']).join('\n');
}

const describe = (filter: EventFilter) =>
  Object.entries(filter)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${v}`))
    .join('&');

export async function measureQueries(databaseUrl: string, filterSector: string, runs: number): Promise<QueryReport> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const timings: QueryTiming[] = [];
    const plans: QueryReport['plans'] = [];
    for (const c of queryCases(filterSector)) {
      const page = pageSql(c.filter);
      const count = countSql(c.filter);
      const pageTimes = await timeRuns(client, page, runs);
      const countTimes = await timeRuns(client, count, runs);
      const plan = await explain(client, page, false);
      if (!plans.some((p) => p.label.startsWith(c.kind))) {
        plans.push({ label: `${c.kind}: ${c.label} (${describe(c.filter)})`, plan: await explain(client, page, true) });
      }
      timings.push({
        kind: c.kind,
        label: c.label,
        query: describe(c.filter),
        matches: Number(countTimes.rows[0]?.n ?? 0),
        page: { p50: pageTimes.p50, p95: pageTimes.p95 },
        count: { p50: countTimes.p50, p95: countTimes.p95 },
        usesIndex: c.kind === 'search' ? plan.includes(SEARCH_INDEX) : null,
      });
    }
    return { runs, timings, plans };
  } finally {
    await client.end();
  }
}

/**
 * The SQL of full-text search, as fragments (no database access here, so no
 * 'server-only'): lib/data/event-search.ts runs them, and the benchmark
 * (scripts/bench/db-queries.ts) times and EXPLAINs exactly the same
 * statements in the database.
 */
import { Prisma } from '../generated/prisma/client';

/** The tsquery for q, parsed once per statement (an InitPlan), so index scans can use it. */
function searchQuery(q: string): Prisma.Sql {
  return Prisma.sql`(SELECT public.bc_search_query(${q}))`;
}

/** The q clause of eventWhere (over alias `e`). */
export function searchMatch(q: string): Prisma.Sql {
  return Prisma.sql`e."searchDocument" @@ ${searchQuery(q)}`;
}

/**
 * One page of matches (`limit` rows) by relevance, then newest first: keyset
 * over (score, startDate, id), descending; `backwards` reads the other way
 * from the cursor (the caller turns the rows round). `where` is the filter
 * WITHOUT q: q is parsed once, in a materialized CTE that the match, the
 * rank and the cursor's rank share (each `(SELECT bc_search_query(q))`
 * would be an InitPlan of its own, and parsing a query with a misspelt name
 * costs milliseconds).
 */
export function searchPageSql(where: Prisma.Sql, q: string, limit: number, cursor?: { date: string; id: string }, backwards = false) {
  // Relevance as an integer, so the cursor comparison is exact.
  const score = (alias: string, tsquery = 'query.q') =>
    Prisma.raw(`round(ts_rank(${alias}."searchDocument", ${tsquery}) * 1000000)::bigint`);
  const cursorScore = cursor
    ? Prisma.sql`(SELECT ${score('c', 'parsed.q')} FROM "Event" c WHERE c."id" = ${cursor.id})`
    : Prisma.sql`NULL::bigint`;
  const boundary = cursor
    ? Prisma.sql`AND (${score('e')}, e."startDate", e."id") ${Prisma.raw(backwards ? '>' : '<')} (query.after, ${cursor.date}::date, ${cursor.id})`
    : Prisma.empty;
  const direction = Prisma.raw(backwards ? 'ASC' : 'DESC');
  return Prisma.sql`
    WITH query AS MATERIALIZED (SELECT parsed.q, ${cursorScore} AS after FROM (SELECT public.bc_search_query(${q}) AS q) parsed)
    SELECT e."id", e."slug", e."startDate", ${score('e')} AS score FROM query, "Event" e
    WHERE ${where} AND e."searchDocument" @@ query.q ${boundary}
    ORDER BY score ${direction}, e."startDate" ${direction}, e."id" ${direction}
    LIMIT ${limit}`;
}

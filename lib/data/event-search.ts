/**
 * Full-text search over events (issue 9). The document, its triggers and the
 * query parser live in SQL (prisma/migrations/*_search): bc_search_query(q)
 * turns q into a tsquery (websearch syntax, English stemming, unaccented,
 * hyphen variants joined, typos and transliterations of actor names widened
 * by trigram similarity), and "Event"."searchDocument" is the weighted
 * document it is matched against through a GIN index.
 *
 * Results are ranked by relevance, then recency. Paging keeps the timeline's
 * cursor (the last row's date and id): the next page recomputes that row's
 * rank and continues strictly after (rank, date, id), so it stays correct
 * without an offset.
 */
import 'server-only';
import { Prisma } from '../generated/prisma/client';
import type { PrismaClient } from '../generated/prisma/client';
import { isoDay } from '../dates';
import { encodeCursor, type EventFilter } from '../schemas/event-filter';
import { searchPageSql } from './search-sql';

/** Why an event matched: the best-matching field, split into plain and matched parts (never HTML). */
export interface Highlight {
  field: 'title' | 'actor' | 'summary' | 'sector' | 'quotation' | 'location';
  speaker: string | null;
  parts: { text: string; match: boolean }[];
}

export interface SearchHit {
  id: string;
  slug: string;
  rank: number;
}

/** One page of ids matching the filter (whose q is set), by relevance, then newest first; `where` is the filter's clause without q. */
export async function searchPage(
  prisma: PrismaClient,
  where: Prisma.Sql,
  filter: EventFilter & { q: string },
  page: { limit: number; after?: { date: string; id: string }; before?: { date: string; id: string } },
): Promise<{ hits: SearchHit[]; nextCursor: string | null; prevCursor: string | null }> {
  const cursor = page.before ?? page.after;
  const backwards = Boolean(page.before);
  const rows = await prisma.$queryRaw<{ id: string; slug: string; startDate: Date; score: bigint }[]>(
    searchPageSql(where, filter.q, page.limit + 1, cursor, backwards),
  );
  const more = rows.length > page.limit;
  const pageRows = rows.slice(0, page.limit);
  if (backwards) pageRows.reverse();
  const first = pageRows.at(0);
  const last = pageRows.at(-1);
  const hasNext = backwards ? true : more;
  const hasPrev = backwards ? more : Boolean(cursor);
  return {
    hits: pageRows.map((r) => ({ id: r.id, slug: r.slug, rank: Number(r.score) / 1000000 })),
    nextCursor: hasNext && last ? encodeCursor(isoDay(last.startDate), last.id) : null,
    prevCursor: hasPrev && first ? encodeCursor(isoDay(first.startDate), first.id) : null,
  };
}

// Private-use characters as ts_headline's markers: event text can't inject
// markup through them (they are removed from the text first), and the
// snippet reaches the page as plain parts, never as HTML.
const START = '\uE000';
const STOP = '\uE001';

/**
 * The snippet of each event: the field that matches the whole query best (or
 * else contains most of its words), with the matched words marked by ts_headline.
 * Order of preference on ties: summary, quotation, actor, sector, location, title
 * (the title is shown anyway).
 */
export async function searchHighlights(prisma: PrismaClient, ids: string[], q: string): Promise<Map<string, Highlight>> {
  if (ids.length === 0) return new Map();
  const rows = await prisma.$queryRaw<{ id: string; field: Highlight['field']; speaker: string | null; text: string; headline: string }[]>`
    WITH query AS MATERIALIZED (SELECT public.bc_search_query(${q}) AS q),
    words AS MATERIALIZED (
      SELECT array_agg(replace(m[2], '''''', '''')) AS lexemes FROM query, regexp_matches(query.q::text, '(!?)''((?:[^'']|'''')+)''', 'g') AS m
      WHERE m[1] = ''),
    fields AS (
      SELECT e."id", 'title' AS field, 6 AS preference, NULL::text AS speaker, e."title" AS text FROM "Event" e WHERE e."id" = ANY(${ids})
      UNION ALL SELECT e."id", 'summary', 1, NULL, e."summary" FROM "Event" e WHERE e."id" = ANY(${ids})
      UNION ALL SELECT e."id", 'location', 5, NULL, e."location" FROM "Event" e WHERE e."id" = ANY(${ids}) AND e."location" IS NOT NULL
      UNION ALL SELECT ea."eventId", 'actor', 3, NULL,
          a."name" || CASE WHEN cardinality(a."aliases") > 0 THEN ' (' || array_to_string(a."aliases", ', ') || ')' ELSE '' END
        FROM "EventActor" ea JOIN "Actor" a ON a."id" = ea."actorId"
        WHERE ea."eventId" = ANY(${ids}) AND a."status" = 'published' AND a."deletedAt" IS NULL
      UNION ALL SELECT es."eventId", 'sector', 4, NULL, s."name"
        FROM "EventSector" es JOIN "Sector" s ON s."id" = es."sectorId"
        WHERE es."eventId" = ANY(${ids}) AND s."status" = 'published' AND s."deletedAt" IS NULL
      UNION ALL SELECT c."eventId", 'quotation', 2, sp."name", c."quote"
        FROM "Citation" c JOIN "Source" so ON so."id" = c."sourceId" AND so."status" = 'published' AND so."deletedAt" IS NULL
        LEFT JOIN "Actor" sp ON sp."id" = c."speakerId" AND sp."status" = 'published' AND sp."deletedAt" IS NULL
        WHERE c."eventId" = ANY(${ids})
    ),
    scored AS (
      SELECT f.*, translate(f.text, ${START + STOP}, '  ') AS clean, public.bc_tsv(f.text) AS doc FROM fields f
    ),
    best AS (
      SELECT DISTINCT ON (s."id") s."id", s.field, s.speaker, s.clean,
        s.doc @@ query.q AS whole,
        cardinality(ARRAY(SELECT unnest(tsvector_to_array(s.doc)) INTERSECT SELECT unnest(words.lexemes))) AS hits
      FROM scored s, query, words
      ORDER BY s."id", (s.doc @@ query.q) DESC, cardinality(ARRAY(SELECT unnest(tsvector_to_array(s.doc)) INTERSECT SELECT unnest(words.lexemes))) DESC, s.preference
    )
    SELECT b."id", b.field, b.speaker, b.clean AS text,
      ts_headline('public.bc_english'::regconfig, public.bc_fold(public.bc_join_matching_hyphens(b.clean, words.lexemes)), query.q,
        ${`StartSel=${START}, StopSel=${STOP}, MaxWords=30, MinWords=12, ShortWord=2`}) AS headline
    FROM best b, query, words WHERE b.whole OR b.hits > 0`;
  return new Map(rows.map((r) => [r.id, { field: r.field, speaker: r.speaker, parts: highlightParts(r.text, r.headline) }]));
}

/**
 * Splits ts_headline's output into parts. It ran over the case-folded text
 * (bc_fold maps character for character) in which the compounds that match
 * the query as one word had their hyphens removed ("cease-fire" is marked for
 * "ceasefire"), so the excerpt is located in the original, skipping those
 * hyphens, and taken from there, keeping its capitals and hyphens.
 */
function highlightParts(original: string, headline: string): Highlight['parts'] {
  const plain = headline.replaceAll(START, '').replaceAll(STOP, '');
  const at = locate(foldCyrillic(original), plain);
  const parts: Highlight['parts'] = [];
  let j = 0;
  let match = false;
  let text = '';
  for (const unit of headline) {
    if (unit === START || unit === STOP) {
      if (text) parts.push({ text, match });
      text = '';
      match = unit === START;
      continue;
    }
    for (let k = 0; k < unit.length; k++, j++) {
      // A hyphen skipped before this character goes with it: inside a marked compound it is marked too.
      text += at ? original.slice(j === 0 ? at[0] : at[j - 1] + 1, at[j] + 1) : plain[j];
    }
  }
  if (text) parts.push({ text, match });
  if (at && at[0] > 0) parts.unshift({ text: '… ', match: false });
  if (at && at[at.length - 1] + 1 < original.trimEnd().length) parts.push({ text: ' …', match: false });
  return parts;
}

/**
 * Where each UTF-16 unit of `plain` lies in `text`, which is `plain`'s
 * source with, at most, hyphens that `plain` lacks; null when it isn't there.
 */
function locate(text: string, plain: string): number[] | null {
  if (!plain) return null;
  for (let start = text.indexOf(plain[0]); start >= 0; start = text.indexOf(plain[0], start + 1)) {
    const at: number[] = [];
    for (let i = start; i < text.length && at.length < plain.length; i++) {
      if (text[i] === plain[at.length]) at.push(i);
      else if (text[i] !== '-') break;
    }
    if (at.length === plain.length) return at;
  }
  return null;
}

const UPPER = 'АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЎ';
const LOWER = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў';

/** The JavaScript twin of bc_fold in SQL. */
function foldCyrillic(text: string) {
  return text.replace(/[А-ЯЁІЇЄҐЎ]/g, (c) => LOWER[UPPER.indexOf(c)] ?? c);
}

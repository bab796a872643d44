import { z } from 'zod';
import { eventTypeSchema, isoDateSchema, slugSchema } from './common';

/** An opaque keyset cursor: base64url of "<YYYY-MM-DD>|<id>". */
const cursorSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const decoded = Buffer.from(value, 'base64url').toString('utf8');
    const match = /^(\d{4}-\d{2}-\d{2})\|([A-Za-z0-9_-]{1,64})$/.exec(decoded);
    if (!match || !isoDateSchema.safeParse(match[1]).success) {
      ctx.addIssue({ code: 'custom', message: 'Malformed cursor; use the nextCursor value from a previous page' });
      return z.NEVER;
    }
    return { date: match[1], id: match[2] };
  });

export function encodeCursor(date: string, id: string) {
  return Buffer.from(`${date}|${id}`, 'utf8').toString('base64url');
}

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const limitSchema = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ error: 'limit must be a number' })
    .int('limit must be a whole number')
    .min(1, 'limit must be at least 1')
    .max(100, 'limit must be at most 100')
    .default(50),
);

/** The facets that take several values (`sector=a&sector=b`): OR within a facet, AND across facets. */
const REPEATABLE_KEYS = ['actor', 'sector', 'type'] as const;

/** At most this many values per facet: more is a hostile URL, not a reader's choice. */
const MAX_FACET_VALUES = 50;

/**
 * One value or several (from repeated keys) as a sorted, de-duplicated array
 * without blanks; undefined when nothing is left, so "no filter" has one shape.
 */
function manyOf<T extends z.ZodType<string>>(item: T, key: string) {
  return z.preprocess(
    (v) => {
      const list = (Array.isArray(v) ? v : [v]).filter((x) => blankToUndefined(x) != null);
      return list.length ? list : undefined;
    },
    z
      .array(item)
      .max(MAX_FACET_VALUES, `${key} takes at most ${MAX_FACET_VALUES} values`)
      .transform((list) => [...new Set(list)].sort())
      .optional(),
  );
}

/** Timeline filters, shared by the page, the JSON API and the CSV and JSON exports. */
export const eventFilterSchema = z
  .object({
    actor: manyOf(slugSchema, 'actor'),
    sector: manyOf(slugSchema, 'sector'),
    type: manyOf(eventTypeSchema, 'type'),
    from: z.preprocess(blankToUndefined, isoDateSchema.optional()),
    to: z.preprocess(blankToUndefined, isoDateSchema.optional()),
    // Control and format characters (NUL, RTL marks, zero-width joiners…) carry
    // no searchable meaning: they become spaces, so any such q still searches.
    q: z.preprocess(
      (v) => blankToUndefined(typeof v === 'string' ? v.replace(/[\p{Cc}\p{Cf}]/gu, ' ') : v),
      z.string().trim().max(200, 'q must be at most 200 characters').optional(),
    ),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, {
    message: '"from" must not be after "to"',
    path: ['to'],
  });

export type EventFilter = z.infer<typeof eventFilterSchema>;

const sortSchema = z.enum(['desc', 'asc'], { error: 'sort must be "desc" (newest first) or "asc" (oldest first)' });
export type SortOrder = z.infer<typeof sortSchema>;

const optionalCursor = z.preprocess(blankToUndefined, cursorSchema.optional());
const optionalSort = z.preprocess(blankToUndefined, sortSchema.optional());

/**
 * The JSON API's paging: `cursor` continues after the last event of the
 * previous page, in the requested order. `sort` defaults to oldest first,
 * the order the API always had, so existing clients see no change.
 */
export const eventPageSchema = z
  .object({ limit: limitSchema, sort: optionalSort, cursor: optionalCursor })
  .transform(({ limit, sort, cursor }) => ({ limit, sort: sort ?? ('asc' as const), after: cursor }));

/**
 * The timeline page's position in its list (limit is the page's own). after
 * and before are keyset cursors relative to the current order (the events
 * that follow or precede the cursor's event), at is a date where the page
 * starts. The old `cursor` parameter is read as `after`; it was made in the
 * oldest-first order, so without an explicit `sort` it keeps that order and
 * an old link shows the page it always showed.
 */
export const timelinePageSchema = z
  .object({
    sort: optionalSort,
    after: optionalCursor,
    before: optionalCursor,
    cursor: optionalCursor,
    at: z.preprocess(blankToUndefined, isoDateSchema.optional()),
  })
  .refine((p) => [p.after, p.before, p.cursor, p.at].filter(Boolean).length <= 1, {
    message: 'Use only one of after, before and at',
    path: ['before'],
  })
  .transform(({ sort, after, before, cursor, at }) => ({
    sort: sort ?? (cursor ? ('asc' as const) : ('desc' as const)),
    after: after ?? cursor,
    before,
    at,
  }));

export type TimelinePosition = z.infer<typeof timelinePageSchema>;

/** Query values as the schemas read them: every value of a repeatable facet, the first value of any other key. */
export type QueryValues = Record<string, string | string[]>;

const isRepeatable = (key: string) => (REPEATABLE_KEYS as readonly string[]).includes(key);

/**
 * Reads URLSearchParams or a Next searchParams object: the repeatable facets
 * keep all their values (an array), every other key its first value, so
 * `sort=a&sort=b` can't smuggle an array into a schema that expects a string.
 */
export function queryValues(input: URLSearchParams | Record<string, string | string[] | undefined>): QueryValues {
  const out: QueryValues = {};
  const entries: [string, string[]][] =
    input instanceof URLSearchParams
      ? [...new Set(input.keys())].map((key) => [key, input.getAll(key)])
      : Object.entries(input).flatMap(([key, value]) => (value === undefined ? [] : [[key, Array.isArray(value) ? value : [value]]]));
  for (const [key, values] of entries) {
    if (isRepeatable(key)) out[key] = values;
    else out[key] = values[0] ?? '';
  }
  return out;
}

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

/** Timeline filters, shared by the page, the JSON API and the CSV export. */
export const eventFilterSchema = z
  .object({
    actor: z.preprocess(blankToUndefined, slugSchema.optional()),
    sector: z.preprocess(blankToUndefined, slugSchema.optional()),
    type: z.preprocess(blankToUndefined, eventTypeSchema.optional()),
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

export const eventPageSchema = z.object({
  limit: limitSchema,
  cursor: z.preprocess(blankToUndefined, cursorSchema.optional()),
});

/** Reads the first value of each key from URLSearchParams or a Next searchParams object. */
export function firstValues(input: URLSearchParams | Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  if (input instanceof URLSearchParams) {
    for (const key of new Set(input.keys())) out[key] = input.get(key) ?? '';
  } else {
    for (const [key, value] of Object.entries(input)) {
      if (value !== undefined) out[key] = Array.isArray(value) ? (value[0] ?? '') : value;
    }
  }
  return out;
}

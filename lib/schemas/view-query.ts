/**
 * The query of the network and map pages: the timeline's filters
 * (eventFilterSchema, read the same way as the API) and each page's own
 * parameter. A parameter that can't be read is reported and ignored.
 */
import { z } from 'zod';
import { eventFilterSchema, queryValues, type EventFilter } from './event-filter';
import { slugSchema } from './common';

/** `pair=a,b`: two different actors, whose shared events the network lists. */
export const pairSchema = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.split(',').map((s) => s.trim()) : undefined),
  z
    .tuple([slugSchema, slugSchema], { error: 'pair takes two actor slugs separated by a comma' })
    .refine(([a, b]) => a !== b, 'pair takes two different actors')
    .transform(([a, b]) => (a < b ? [a, b] : [b, a]) as [string, string])
    .optional(),
);

/** `place=<slug>` (a known place) or `place=<lat>,<lon>` (typed coordinates, as the map's own links write them). */
export const placeKeySchema = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined),
  z
    .string()
    .max(120)
    .refine((v) => slugSchema.safeParse(v).success || /^-?\d{1,2}(\.\d{1,4})?,-?\d{1,3}(\.\d{1,4})?$/.test(v), {
      message: 'place takes a place from the map (a name like "moscow", or coordinates like "55.7558,37.6173")',
    })
    .optional(),
);

export function readViewQuery<T extends z.ZodType>(params: Record<string, string | string[] | undefined>, key: string, own: T) {
  const raw = queryValues(params);
  const filter = eventFilterSchema.safeParse(raw);
  const extra = own.safeParse(raw[key]);
  const problems = [
    ...(filter.success ? [] : filter.error.issues.map((i) => `${i.path.join('.') || 'filter'}: ${i.message}`)),
    ...(extra.success ? [] : extra.error.issues.map((i) => `${key}: ${i.message}`)),
  ];
  return {
    filter: (filter.success ? filter.data : {}) as EventFilter,
    own: (extra.success ? extra.data : undefined) as z.output<T> | undefined,
    problems,
  };
}

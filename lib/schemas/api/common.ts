import { z } from 'zod';
import { eventTypeSchema, precisionSchema, sourceKindSchema } from '../common';

/**
 * Response bodies of /api/v1, as zod. The OpenAPI document (lib/openapi) is
 * generated from these and from the request schemas the routes parse with,
 * and the e2e tests check every response they get against that document.
 * `.meta({ id })` names a schema: it becomes a reusable component.
 */
export const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .meta({ description: 'A calendar day, YYYY-MM-DD', example: '2025-02-18' });

const nextCursorSchema = z.string().nullable().meta({ description: 'Pass as `cursor` to get the next page; null on the last page.' });

/** A keyset page: `data` plus the cursor of the next page. */
export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.strictObject({ data: z.array(item), nextCursor: nextCursorSchema }).meta({ id });

export const namedLinkSchema = z.strictObject({ slug: z.string(), name: z.string() });

export const eventDateSchema = z
  .strictObject({
    start: daySchema.meta({ description: 'First day; the first of the month or year when precision is coarser than a day' }),
    precision: precisionSchema,
    end: daySchema.optional().meta({ description: 'Last day of a multi-day span' }),
    approximate: z.boolean(),
    label: z.string().meta({ description: 'The date as a reader sees it, to its precision', example: '18 February 2025' }),
  })
  .meta({ id: 'EventDate' });

export { eventTypeSchema, precisionSchema, sourceKindSchema };

import { z } from 'zod';
import { periodStartFix, PRECISIONS } from '../dates';

export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens');

/** C0 control characters and DEL: never part of an id; NUL cannot even be stored in PostgreSQL text. */
export const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/**
 * The id of an existing record as a form posts it back (hidden fields of
 * trash, restore and other one-button forms). Ids are machine-made, so a
 * control character means a tampered request: refused here rather than
 * reaching the database, which fails on NUL.
 */
export const recordIdSchema = z
  .string()
  .min(1, 'The id is missing')
  .max(120, 'This id does not exist')
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'An id cannot contain control characters');

/** PostgreSQL's `integer`, the type of every version column. */
export const MAX_VERSION = 2_147_483_647;

/**
 * A record's version as a form sends it back. Bounded to the column's range:
 * a larger number can never match, and reaching the database with it would
 * fail the query rather than report a conflict.
 */
export const versionSchema = z.coerce
  .number({ error: 'The version must be a whole number' })
  .int({ error: 'The version must be a whole number' })
  .min(0, 'The version must be a whole number')
  .max(MAX_VERSION, 'This version does not exist; reload the page');

/** A calendar date as YYYY-MM-DD that actually exists (rejects 2025-02-30). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use the form YYYY-MM-DD')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number);
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'This date does not exist');

export const precisionSchema = z.enum(PRECISIONS);
export type Precision = z.infer<typeof precisionSchema>;

export const eventTypeSchema = z.enum(['meeting', 'call', 'visit', 'statement', 'proposal', 'sanction', 'legal', 'other']);
export type EventTypeValue = z.infer<typeof eventTypeSchema>;

export const eventRoleSchema = z.enum(['participant', 'host', 'speaker', 'mentioned']);
export const actorKindSchema = z.enum(['person', 'organisation']);
export const proposalStatusSchema = z.enum(['proposed', 'discussed', 'agreed', 'signed', 'implemented', 'stalled', 'abandoned']);
export const sourceKindSchema = z.enum(['news', 'analysis', 'opinion', 'official']);

/**
 * A date with its honest precision. `date` is the first day of the period when
 * the precision is a month or a year, so "March 2025" is 2025-03-01 + month.
 */
export const datedSchema = z
  .object({ date: isoDateSchema, precision: precisionSchema })
  .refine(({ date, precision }) => periodStartFix(date, precision) === null, {
    message: 'A month or year date must be the first day of its period',
    path: ['date'],
  });

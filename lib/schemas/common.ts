import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';
import { periodStartFix, PRECISIONS } from '../dates';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_RULE = 'Use lower-case letters, digits and single hyphens';

export const slugSchema = z.string().min(1, 'Enter a slug').max(120, 'Use at most 120 characters').regex(SLUG, SLUG_RULE);

/**
 * A slug as a form posts it: left empty, it is "" and the server makes one
 * from the name or title (lib/write/auto-slug.ts); otherwise the slug rules
 * apply, with one message.
 */
export const formSlugSchema = z.preprocess(
  (v) => (v === undefined || v === null ? '' : typeof v === 'string' ? v.trim() : v),
  z
    .string()
    .max(120, 'Use at most 120 characters')
    .refine((s) => s === '' || SLUG.test(s), SLUG_RULE),
);

/**
 * A reference to another record as an editor types it: a name, an alias or
 * a slug. The server resolves it (lib/write/references.ts) and says when it
 * is ambiguous or unknown.
 */
export const referenceSchema = z
  .string({ error: 'Enter a name' })
  .trim()
  .min(1, 'Enter a name')
  .max(200, 'Use at most 200 characters')
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'Remove the control characters from this name');

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

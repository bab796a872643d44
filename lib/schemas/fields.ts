/**
 * Field helpers every form schema builds on (events, records, the article
 * review). They live apart from any one form so the form schemas can share
 * them without importing each other.
 */
import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';
import { referenceSchema } from './common';

/** Form posts send blank fields as "": those count as absent. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/**
 * Optional free text, trimmed, at most `max` characters. `tooLong` is the
 * message past that; null keeps zod's own wording (the event form's, which
 * its editors already see).
 */
export const optionalText = (max: number, tooLong: string | null = `Use at most ${max} characters`) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .max(max, tooLong ?? undefined)
      .optional(),
  );

export const requiredText = (max: number, message: string) =>
  z.string({ error: message }).trim().min(1, message).max(max, `Use at most ${max} characters`);

/** An optional reference (name, alias or slug); blank is absent. */
export const optionalReference = z.preprocess(blankToUndefined, referenceSchema.optional());

/**
 * The source of a citation as a form posts it: the picker's choice (a
 * source's id) or what the editor typed (a title or an address), which the
 * server resolves (lib/write/references.ts).
 */
export const sourceReference = z
  .string({ error: 'Choose a source' })
  .trim()
  .min(1, 'Choose a source')
  .max(1000, 'Use at most 1000 characters')
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'Remove the control characters from this field');

/** The "create a new record with this name" checkbox of a picker: true when ticked, else absent. */
export const createChoice = z.preprocess((v) => (v === 'on' || v === 'true' || v === true ? true : undefined), z.literal(true).optional());

/** A checkbox: present ("on") is true, absent is false. */
export const checkbox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

/** A repeated field: absent or blank is an empty list, one value a list of one. */
export const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || v === '' ? [] : typeof v === 'string' ? [v] : v), z.array(item));

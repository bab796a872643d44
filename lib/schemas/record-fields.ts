/**
 * Field schemas shared by the record forms (actor, sector, source, proposal,
 * figure), built the same way as the event form's: blank text is "absent",
 * dates are YYYY-MM-DD that exist, month/year dates start their period.
 */
import { z } from 'zod';
import { periodStartMessage } from '../dates';
import { isoDateSchema, precisionSchema } from './common';
import { blankToUndefined, optionalReference, requiredText, sourceReference } from './fields';

export const optionalDate = z.preprocess(blankToUndefined, isoDateSchema.optional());
export const optionalPrecision = z.preprocess(blankToUndefined, precisionSchema.optional());
export const recordStatusSchema = z.enum(['draft', 'published'], { error: 'Choose draft or published' });

/** A quotation from a source, as proposals and figures cite them (like events). */
export const citationRowSchema = z.object({
  source: sourceReference,
  quote: requiredText(600, 'Enter the quote'),
  speaker: optionalReference,
});

type Ctx = z.RefinementCtx;

/** The event form's rule and wording: a month or year date is the first day of its period. */
export function checkPeriodStart(ctx: Ctx, date: string | undefined, precision: string | undefined, path: (string | number)[]) {
  const message = periodStartMessage(date, precision);
  if (message) ctx.addIssue({ code: 'custom', path, message });
}

/** A repeated value listed twice (the same actor in two rows, say). */
export function checkUnique<T>(ctx: Ctx, items: T[], key: (item: T) => string, path: (i: number) => (string | number)[], message: string) {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: path(i), message });
    seen.add(k);
  });
}

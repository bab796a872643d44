/**
 * "From an article": the zod schemas of the article form (step 1) and of
 * each accepted row of the review form (step 2). The review parsing and
 * the flow's states live with the feature, in lib/article.
 */
import { z } from 'zod';
import { periodStartMessage } from '../dates';
import {
  actorKindSchema,
  eventRoleSchema,
  eventTypeSchema,
  isoDateSchema,
  precisionSchema,
  referenceSchema,
  sourceKindSchema,
} from './common';
import { blankToUndefined, checkbox, list, optionalReference, optionalText, requiredText } from './fields';

export const MAX_ARTICLE_CHARS = 100_000;

/** A date field: one message at a time ("Enter the date", then the form, then whether it exists). */
const dateField = (required: string) =>
  z
    .string({ error: required })
    .trim()
    .min(1, { message: required, abort: true })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Use the form YYYY-MM-DD', abort: true })
    .pipe(isoDateSchema);
const optionalDate = z.preprocess(blankToUndefined, dateField('Enter the date').optional());

function periodRule(date: string | undefined, precision: string | undefined, path: (string | number)[], ctx: z.RefinementCtx) {
  const message = periodStartMessage(date, precision);
  if (message) ctx.addIssue({ code: 'custom', path, message });
}

/** Step 1: the article and its source details. */
export const articleInputSchema = z
  .object({
    text: requiredText(MAX_ARTICLE_CHARS, "Paste the article's text"),
    title: requiredText(300, "Enter the article's title"),
    outlet: optionalText(200),
    author: optionalText(200),
    publishedAt: dateField('Enter the publication date; relative dates such as “on Tuesday” are counted from it'),
    publishedPrecision: z.preprocess((v) => (v === undefined || v === '' ? 'day' : v), precisionSchema),
    url: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z
        .url({ protocol: /^https?$/, error: 'Enter a full http(s) address' })
        .max(1000)
        .optional(),
    ),
    kind: z.preprocess((v) => (v === undefined || v === '' ? 'news' : v), sourceKindSchema),
  })
  .superRefine((a, ctx) => periodRule(a.publishedAt, a.publishedPrecision, ['publishedAt'], ctx));

export type ArticleInput = z.infer<typeof articleInputSchema>;

/** An accepted event row of the review. */
export const reviewEventSchema = z
  .object({
    title: requiredText(200, 'Enter a title'),
    summary: requiredText(4000, 'Enter a summary'),
    quote: requiredText(600, 'Keep a quote of at most 600 characters'),
    type: eventTypeSchema,
    startDate: dateField('Enter the date'),
    precision: precisionSchema,
    endDate: optionalDate,
    approximate: checkbox,
    role: eventRoleSchema,
    actors: list(z.string().min(1).max(140)),
    // Actors typed by name, one picker a row (older forms posted one field of names separated by commas);
    // resolved when the drafts are saved: a known actor by name, alias or slug, or a new actor accepted below.
    otherActors: z.preprocess(
      (v) =>
        typeof v === 'string'
          ? v
              .split(/[,;\n]/)
              .map((n) => n.trim())
              .filter(Boolean)
          : (v ?? []),
      z.array(referenceSchema).max(20, 'Name at most 20 other actors'),
    ),
    // Names, aliases or slugs (the pickers post what was typed or the slug chosen); resolved when the drafts are saved.
    sectors: list(referenceSchema),
  })
  .superRefine((e, ctx) => {
    periodRule(e.startDate, e.precision, ['startDate'], ctx);
    if (e.endDate && e.endDate < e.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must not be before the start date' });
  });

/** An accepted new actor. */
export const reviewActorSchema = z.object({
  key: z.string().min(1).max(140),
  name: requiredText(200, 'Enter the name'),
  kind: actorKindSchema,
});

/** An accepted figure. */
export const reviewFigureSchema = z
  .object({
    label: requiredText(300, 'Enter a label'),
    quote: requiredText(600, 'Keep a quote of at most 600 characters'),
    value: z
      .string({ error: 'Enter the value' })
      .trim()
      .transform((v) => v.replace(/,/g, ''))
      .pipe(
        z
          .string()
          .regex(/^-?\d+(?:\.\d+)?$/, 'Enter a number, such as 300 or 1.5')
          .transform(Number),
      ),
    unit: requiredText(60, 'Enter the unit, such as billion or percent'),
    currency: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toUpperCase()) : v),
      z
        .string()
        .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code, such as USD, or leave it empty')
        .optional(),
    ),
    sector: optionalReference,
    asOf: optionalDate,
    asOfPrecision: z.preprocess((v) => (v === undefined || v === '' ? 'day' : v), precisionSchema),
  })
  .superRefine((f, ctx) => periodRule(f.asOf, f.asOfPrecision, ['asOf'], ctx));

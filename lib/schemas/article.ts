/**
 * "From an article": the article form (step 1), the review form (step 2)
 * and the states the flow moves through. Shared by the server actions and
 * the form components.
 */
import { z } from 'zod';
import { periodStartMessage } from '../dates';
import type { ArticleProposals } from '../article/extract';
import type { FormValue } from '../forms/form-data';
import { fieldErrors } from '../forms/form-data';
import { actorKindSchema, eventRoleSchema, eventTypeSchema, isoDateSchema, precisionSchema, slugSchema, sourceKindSchema } from './common';
import { blankToUndefined, checkbox, list, optionalText, requiredText } from './fields';

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
    url: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'Enter a full http(s) address' }).max(1000).optional()),
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
    sectors: list(slugSchema),
  })
  .superRefine((e, ctx) => {
    periodRule(e.startDate, e.precision, ['startDate'], ctx);
    if (e.endDate && e.endDate < e.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must not be before the start date' });
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
      .pipe(z.string().regex(/^-?\d+(?:\.\d+)?$/, 'Enter a number, such as 300 or 1.5').transform(Number)),
    unit: requiredText(60, 'Enter the unit, such as billion or percent'),
    currency: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toUpperCase()) : v),
      z.string().regex(/^[A-Z]{3}$/, 'Use a three-letter currency code, such as USD, or leave it empty').optional(),
    ),
    sector: z.preprocess((v) => (v === '' ? undefined : v), slugSchema.optional()),
    asOf: optionalDate,
    asOfPrecision: z.preprocess((v) => (v === undefined || v === '' ? 'day' : v), precisionSchema),
  })
  .superRefine((f, ctx) => periodRule(f.asOf, f.asOfPrecision, ['asOf'], ctx));

export type ReviewEvent = z.infer<typeof reviewEventSchema>;
export type ReviewActor = z.infer<typeof reviewActorSchema>;
export type ReviewFigure = z.infer<typeof reviewFigureSchema>;

export interface ArticleReview {
  article: ArticleInput;
  /** Accepted rows only, with their position in the form (for errors). */
  events: { index: number; data: ReviewEvent }[];
  actors: { index: number; data: ReviewActor }[];
  figures: { index: number; data: ReviewFigure }[];
}

type Values = Record<string, FormValue>;
const rows = (v: FormValue | undefined): Values[] => (Array.isArray(v) ? (v.filter((r) => r && typeof r === 'object' && !Array.isArray(r)) as Values[]) : []);
const accepted = (row: Values) => row.accept === 'on' || row.accept === 'true';
const strings = (v: FormValue | undefined): string[] => (typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/**
 * The review form → the accepted rows, validated; rejected rows are
 * ignored whatever they contain. Errors are keyed like the form's fields
 * ("events.0.startDate").
 */
export function parseArticleReview(values: Values): { ok: true; data: ArticleReview } | { ok: false; fieldErrors: Record<string, string[]> } {
  const errors: { path: PropertyKey[]; message: string }[] = [];
  const article = articleInputSchema.safeParse(values.article ?? {});
  if (!article.success) errors.push(...article.error.issues.map((i) => ({ path: ['article', ...i.path], message: i.message })));
  const take = <S extends z.ZodType>(name: 'events' | 'actors' | 'figures', schema: S) =>
    rows(values[name]).flatMap((row, index) => {
      if (!accepted(row)) return [];
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        errors.push(...parsed.error.issues.map((i) => ({ path: [name, index, ...i.path], message: i.message })));
        return [];
      }
      return [{ index, data: parsed.data as z.infer<S> }];
    });
  const events = take('events', reviewEventSchema);
  const actors = take('actors', reviewActorSchema);
  const figures = take('figures', reviewFigureSchema);
  // Every new actor an accepted event lists must be accepted too.
  const actorRows = rows(values.actors);
  const acceptedKeys = new Set(actorRows.filter(accepted).map((r) => r.key));
  rows(values.events).forEach((row, index) => {
    if (!accepted(row)) return;
    const missing = [...new Set(strings(row.actors))].filter((k) => k.startsWith('new:') && !acceptedKeys.has(k));
    if (missing.length === 0) return;
    const names = missing.map((k) => `“${String(actorRows.find((r) => r.key === k)?.name ?? k.slice(4))}”`).join(', ');
    const them = missing.length > 1 ? 'them' : 'it';
    errors.push({ path: ['events', index, 'actors'], message: `${names}: accept ${them} under “New actors”, or untick ${them} here` });
  });
  if (errors.length || !article.success) return { ok: false, fieldErrors: fieldErrors(errors) };
  return { ok: true, data: { article: article.data, events, actors, figures } };
}

/** Default role of an event's actors, by its type. */
export const defaultRole = (type: string) => (type === 'meeting' || type === 'call' || type === 'visit' ? 'participant' : 'mentioned');

/** The review form's initial values, named like its fields. Nothing is accepted until the editor ticks it. */
export function initialReviewValues(article: Values, proposals: ArticleProposals): Values {
  return {
    article,
    events: proposals.events.map((e) => ({
      key: e.key,
      accept: '',
      title: e.title,
      summary: e.summary,
      quote: e.quote,
      type: e.type,
      startDate: e.date.start,
      precision: e.date.precision,
      endDate: e.date.end ?? '',
      approximate: e.date.approximate ? 'on' : '',
      role: defaultRole(e.type),
      actors: e.actors,
      sectors: e.sectors,
    })),
    actors: proposals.actors.filter((a) => !a.known).map((a) => ({ key: a.key, accept: '', name: a.name, kind: a.kind, quote: a.quote })),
    figures: proposals.figures.map((f) => ({
      key: f.key,
      accept: '',
      label: f.label,
      quote: f.quote,
      value: String(f.value),
      unit: f.unit,
      currency: f.currency ?? '',
      sector: f.sector ?? '',
      asOf: f.asOf?.date ?? '',
      asOfPrecision: f.asOf?.precision ?? 'day',
    })),
  };
}

export interface Option {
  value: string;
  label: string;
}

export interface ArticleCreated {
  source: { id: string; title: string } | null;
  events: { id: string; slug: string; title: string }[];
  actors: { id: string; slug: string; name: string; existing: boolean }[];
  figures: { id: string; slug: string; label: string }[];
}

export type ArticleState =
  | { status: 'idle' }
  /** Step 1, with the editor's input (after an error, or when going back from the review). */
  | { status: 'article'; formError?: string; fieldErrors: Record<string, string[]>; values: Values }
  | { status: 'review'; proposals: ArticleProposals; values: Values; fieldErrors: Record<string, string[]>; formError?: string; sectors: Option[] }
  | { status: 'done'; created: ArticleCreated };

export const articleIdle: ArticleState = { status: 'idle' };

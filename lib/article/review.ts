/**
 * The review form of "From an article" (step 2): its initial values from
 * the extraction's proposals, and the posted form back to the accepted,
 * validated rows.
 */
import type { z } from 'zod';
import { fieldErrors, type FormValue } from '../forms/form-data';
import { articleInputSchema, reviewActorSchema, reviewEventSchema, reviewFigureSchema, type ArticleInput } from '../schemas/article';
import type { ArticleProposals } from './extract';

type ReviewEvent = z.infer<typeof reviewEventSchema>;
type ReviewActor = z.infer<typeof reviewActorSchema>;
type ReviewFigure = z.infer<typeof reviewFigureSchema>;

export interface ArticleReview {
  article: ArticleInput;
  /** Accepted rows only, with their position in the form (for errors). */
  events: { index: number; data: ReviewEvent }[];
  actors: { index: number; data: ReviewActor }[];
  figures: { index: number; data: ReviewFigure }[];
}

type Values = Record<string, FormValue>;
const rows = (v: FormValue | undefined): Values[] =>
  Array.isArray(v) ? (v.filter((r) => r && typeof r === 'object' && !Array.isArray(r)) as Values[]) : [];
const accepted = (row: Values) => row.accept === 'on' || row.accept === 'true';
const strings = (v: FormValue | undefined): string[] =>
  typeof v === 'string' ? [v] : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/**
 * The review form → the accepted rows, validated; rejected rows are
 * ignored whatever they contain. Errors are keyed like the form's fields
 * ("events.0.startDate").
 */
export function parseArticleReview(
  values: Values,
): { ok: true; data: ArticleReview } | { ok: false; fieldErrors: Record<string, string[]> } {
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

/** Every row of the review accepted (or none): the "Accept all" and "Reject all" buttons. */
export function acceptEvery(values: Values, accept: boolean): Values {
  const mark = (v: FormValue | undefined) => rows(v).map((row) => ({ ...row, accept: accept ? 'on' : '' }));
  return { ...values, events: mark(values.events), actors: mark(values.actors), figures: mark(values.figures) };
}

/** Default role of an event's actors, by its type. */
const defaultRole = (type: string) => (type === 'meeting' || type === 'call' || type === 'visit' ? 'participant' : 'mentioned');

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
      otherActors: [],
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

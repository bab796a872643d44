import { z } from 'zod';
import { periodStartMessage } from '../dates';
import {
  actorKindSchema,
  eventRoleSchema,
  eventTypeSchema,
  formSlugSchema,
  isoDateSchema,
  precisionSchema,
  referenceSchema,
  sourceKindSchema,
  versionSchema,
} from './common';
import { checkbox, createChoice, list, optionalReference, optionalText, requiredText, sourceReference } from './fields';
import { placeFields, refinePlace } from './place';

// The event form keeps zod's own "too long" wording for its optional text (the null below).

export const NEW_SOURCE = '__new__';

const newSourceSchema = z.object({
  title: requiredText(300, 'Enter the source title'),
  outlet: optionalText(200, null),
  author: optionalText(200, null),
  publishedAt: z.preprocess((v) => (v === '' ? undefined : v), isoDateSchema.optional()),
  publishedPrecision: z.preprocess((v) => (v === '' ? undefined : v), precisionSchema.optional()),
  url: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'Enter a full http(s) address' })
      .max(1000)
      .optional(),
  ),
  kind: sourceKindSchema,
});

/** The event form, shared by the form component and the server action. */
export const eventInputSchema = z
  .object({
    title: requiredText(200, 'Enter a title'),
    slug: formSlugSchema,
    type: eventTypeSchema,
    startDate: isoDateSchema,
    precision: precisionSchema,
    endDate: z.preprocess((v) => (v === '' ? undefined : v), isoDateSchema.optional()),
    approximate: checkbox,
    location: optionalText(200, null),
    ...placeFields,
    summary: requiredText(4000, 'Enter a summary'),
    status: z.enum(['draft', 'published']),
    actors: list(
      z.object({
        actor: referenceSchema,
        role: eventRoleSchema,
        title: optionalText(200, null),
        // "Create a new actor named …", offered when the name matched no actor (works without JavaScript).
        create: createChoice,
        createKind: z.preprocess((v) => (v === '' ? undefined : v), actorKindSchema.optional()),
      }),
    ),
    sectors: list(referenceSchema),
    proposals: list(referenceSchema),
    citations: list(
      // "Cite the new source described below" ticked stands for NEW_SOURCE, whatever the source field holds
      // (older forms posted NEW_SOURCE as the source itself; both are accepted).
      z.preprocess(
        (v) => {
          if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
          const { newSource, ...row } = v as Record<string, unknown>;
          return newSource === 'on' || newSource === 'true' ? { ...row, source: NEW_SOURCE } : row;
        },
        z.object({
          source: sourceReference,
          quote: requiredText(600, 'Enter the quote'),
          speaker: optionalReference,
        }),
      ),
    ),
    // Present once any descriptive field is filled in (the selects always send their defaults).
    newSource: z.preprocess((v) => {
      if (!v || typeof v !== 'object') return undefined;
      const o = v as Record<string, unknown>;
      return ['title', 'outlet', 'author', 'url', 'publishedAt'].some((k) => typeof o[k] === 'string' && (o[k] as string).trim() !== '')
        ? v
        : undefined;
    }, newSourceSchema.optional()),
    message: optionalText(500, null),
  })
  .superRefine((e, ctx) => {
    const periodStart = periodStartMessage(e.startDate, e.precision);
    if (periodStart) ctx.addIssue({ code: 'custom', path: ['startDate'], message: periodStart });
    if (e.endDate && e.endDate < e.startDate)
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'The end date must not be before the start date' });
    refinePlace(e, ctx);
    if (e.status === 'published' && e.citations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['citations'], message: 'An event cannot be published without at least one citation' });
    }
    const seen = new Set<string>();
    e.actors.forEach((a, i) => {
      if (seen.has(a.actor)) ctx.addIssue({ code: 'custom', path: ['actors', i, 'actor'], message: 'This actor is listed twice' });
      seen.add(a.actor);
    });
    e.citations.forEach((c, i) => {
      if (c.source === NEW_SOURCE && !e.newSource)
        ctx.addIssue({
          code: 'custom',
          path: ['citations', i, 'source'],
          message: 'Fill in the new source below, or pick an existing one',
        });
    });
  });

export type EventInput = z.infer<typeof eventInputSchema>;

/** The hidden fields every edit form carries (optimistic concurrency). */
export const editMetaSchema = z.object({
  id: z.string().max(120).optional(),
  version: versionSchema.optional(),
});

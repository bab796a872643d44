import { z } from 'zod';
import { daySchema, eventDateSchema, eventTypeSchema, namedLinkSchema, pageOf, sourceKindSchema } from './common';

const apiSourceSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: daySchema.nullable(),
    url: z.string().nullable().meta({ description: 'An http(s) address, or null' }),
    kind: sourceKindSchema,
  })
  .meta({ id: 'CitedSource' });

const highlightSchema = z
  .strictObject({
    field: z.enum(['title', 'actor', 'summary', 'sector', 'quotation', 'location']),
    speaker: z.string().nullable(),
    parts: z.array(z.strictObject({ text: z.string(), match: z.boolean() })).min(1),
  })
  .meta({ id: 'Highlight', description: 'Why an event matched q: a snippet of one field, the matched words marked' });

export const apiEventSchema = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    type: eventTypeSchema,
    date: eventDateSchema,
    location: z.string().nullable(),
    url: z.url().meta({ description: 'The public permalink' }),
    actors: z.array(z.strictObject({ slug: z.string(), name: z.string(), role: z.string(), title: z.string().nullable() })),
    sectors: z.array(namedLinkSchema),
    proposals: z.array(z.strictObject({ slug: z.string(), title: z.string(), status: z.string() })),
    citations: z.array(z.strictObject({ quote: z.string(), speaker: z.string().nullable(), source: apiSourceSchema })),
    rank: z.number().optional().meta({ description: 'Only when q is set: relevance, higher is better' }),
    highlight: highlightSchema.nullable().optional().meta({ description: 'Only when q is set' }),
  })
  .meta({ id: 'Event' });

export const eventPageResponseSchema = pageOf(apiEventSchema, 'EventPage');

/** The JSON export: the whole filtered set, no paging. */
export const eventExportSchema = z.strictObject({ data: z.array(apiEventSchema) }).meta({ id: 'EventExport' });

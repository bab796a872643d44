import { z } from 'zod';
import { MAX_VERSION } from '../common';
import { apiEventSchema } from './event';
import { daySchema, eventTypeSchema, precisionSchema } from './common';

/**
 * A revision number from a URL: a whole number from 1 to the version column's
 * maximum, written without sign, leading zeros or exponent, so every revision
 * has exactly one URL and 99999999999999999999 is refused rather than rounded.
 */
export const revisionNumberSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/, 'A revision number is a whole number from 1')
  .transform(Number)
  .pipe(z.number().int().max(MAX_VERSION, 'No revision has this number'))
  .meta({ description: 'The revision number, as listed by /api/v1/events/{slug}/revisions', example: '1' });

/**
 * The event as a revision stored it (lib/data/snapshots.ts EventSnapshot),
 * read leniently: only the fields a reader sees, so a revision written before
 * a later field existed still reads.
 */
export const storedEventSnapshotSchema = z.object({
  title: z.string(),
  slug: z.string(),
  type: eventTypeSchema,
  startDate: daySchema,
  precision: precisionSchema,
  endDate: daySchema.optional(),
  approximate: z.boolean().optional(),
  location: z.string().optional(),
  summary: z.string(),
  status: z.string(),
  trashed: z.boolean().optional(),
  actors: z.array(z.object({ actor: z.string(), role: z.string(), title: z.string().optional() })).default([]),
  sectors: z.array(z.string()).default([]),
  proposals: z.array(z.string()).default([]),
  citations: z.array(z.object({ source: z.string(), quote: z.string(), speaker: z.string().optional() })).default([]),
});

const revisionRefSchema = z
  .strictObject({
    n: z.number().int().min(1).meta({ description: 'The revision number; stable, never reused' }),
    savedAt: z.iso.datetime().meta({ description: 'When this version was published or saved' }),
    url: z.url().meta({ description: 'The public page of the event as it was at this revision' }),
    apiUrl: z.url(),
  })
  .meta({ id: 'RevisionRef' });

export const revisionListSchema = z
  .strictObject({
    slug: z.string(),
    url: z.url().meta({ description: 'The current version' }),
    data: z.array(revisionRefSchema).meta({ description: 'The published versions, oldest first' }),
  })
  .meta({ id: 'RevisionList', description: 'The published versions of an event. Drafts saved between them are never listed.' });

export const revisionDetailSchema = revisionRefSchema
  .extend({
    current: z.url().meta({ description: 'The current version of the event' }),
    latest: z.boolean().meta({ description: 'Whether this is the latest published version' }),
    event: apiEventSchema,
  })
  .meta({ id: 'Revision' });

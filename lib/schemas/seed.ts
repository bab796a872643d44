/**
 * The shape of the reviewed seed files in prisma/seed/*.json. References
 * between files use slugs (sources use their `id`), so the files stay readable
 * and reviewable in a diff.
 */
import { z } from 'zod';
import { periodStartFix } from '../dates';
import {
  actorKindSchema,
  datedSchema,
  eventRoleSchema,
  eventTypeSchema,
  isoDateSchema,
  precisionSchema,
  proposalStatusSchema,
  slugSchema,
  sourceKindSchema,
} from './common';

const text = (max: number) => z.string().trim().min(1).max(max);

const seedSourceSchema = z.object({
  id: slugSchema,
  title: text(300),
  outlet: text(200).nullable(),
  author: text(200).nullable(),
  published: datedSchema.nullable(),
  url: z.url().nullable(),
  kind: sourceKindSchema,
  note: text(1000).nullable(),
});

const seedCitationSchema = z.object({
  source: slugSchema,
  quote: text(600),
  speaker: slugSchema.nullable(),
});

const seedSectorSchema = z.object({
  slug: slugSchema,
  name: text(120),
  description: text(1000),
});

const seedActorRoleSchema = z.object({
  title: text(200),
  organisation: slugSchema.nullable(),
  from: datedSchema.nullable(),
  to: datedSchema.nullable(),
});

const seedActorSchema = z.object({
  slug: slugSchema,
  name: text(200),
  kind: actorKindSchema,
  aliases: z.array(text(200)),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  description: text(1000),
  roles: z.array(seedActorRoleSchema),
});

/** A gazetteer entry: reference coordinates of a place the sources name (see prisma/seed/README.md). */
const seedPlaceSchema = z.object({
  slug: slugSchema,
  name: text(200),
  aliases: z.array(text(200)),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable(),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

const seedEventSchema = z
  .object({
    slug: slugSchema,
    title: text(200),
    summary: text(2000),
    type: eventTypeSchema,
    date: z.object({
      start: isoDateSchema,
      precision: precisionSchema,
      end: isoDateSchema.nullable(),
      approximate: z.boolean(),
    }),
    location: text(200).nullable(),
    // The gazetteer place (places.json) the location names, for the map.
    place: slugSchema.nullable().optional(),
    actors: z.array(z.object({ actor: slugSchema, role: eventRoleSchema, title: text(200).nullable() })),
    sectors: z.array(slugSchema),
    citations: z.array(seedCitationSchema).min(1, 'Every event cites at least one source'),
  })
  .refine(({ date }) => periodStartFix(date.start, date.precision) === null, {
    message: 'A month or year date must start on the first day of its period',
    path: ['date'],
  })
  .refine(({ date }) => !date.end || date.end >= date.start, {
    message: 'The end date must not be before the start date',
    path: ['date', 'end'],
  });

const seedProposalSchema = z.object({
  slug: slugSchema,
  title: text(200),
  summary: text(2000),
  sector: slugSchema,
  status: proposalStatusSchema,
  proposedBy: z.array(slugSchema),
  events: z.array(z.object({ event: slugSchema, status: proposalStatusSchema.nullable(), note: text(500).nullable() })),
  citations: z.array(seedCitationSchema).min(1),
});

const seedFigureSchema = z.object({
  slug: slugSchema,
  label: text(300),
  value: z.number().finite(),
  unit: text(60),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .nullable(),
  asOf: datedSchema.nullable(),
  sector: slugSchema.nullable(),
  citations: z.array(seedCitationSchema).min(1, 'Every figure cites at least one source'),
});

export const seedDatasetSchema = z.object({
  sources: z.array(seedSourceSchema),
  sectors: z.array(seedSectorSchema),
  actors: z.array(seedActorSchema),
  events: z.array(seedEventSchema),
  proposals: z.array(seedProposalSchema),
  figures: z.array(seedFigureSchema),
  places: z.array(seedPlaceSchema).optional(),
});

export type SeedDataset = z.infer<typeof seedDatasetSchema>;
export type SeedEvent = z.infer<typeof seedEventSchema>;
export type SeedActor = z.infer<typeof seedActorSchema>;
export type SeedSource = z.infer<typeof seedSourceSchema>;
export type SeedSector = z.infer<typeof seedSectorSchema>;
export type SeedProposal = z.infer<typeof seedProposalSchema>;
export type SeedFigure = z.infer<typeof seedFigureSchema>;
export type SeedCitation = z.infer<typeof seedCitationSchema>;

/**
 * The shape of prisma/seed/sanctions.json: designations and waivers, each
 * with a stable `key` (their row id is `seed-<key>`, which keeps re-seeding
 * idempotent) and at least one citation, like every seeded fact.
 */
import { z } from 'zod';
import { datedSchema, slugSchema } from './common';
import { sanctionAuthoritySchema, LICENCE_KINDS } from './sanction';

const text = (max: number) => z.string().trim().min(1).max(max);
const citation = z.object({ source: slugSchema, quote: text(600), speaker: slugSchema.nullable() });

const seedDesignationSchema = z.object({
  key: slugSchema,
  actor: slugSchema,
  authority: sanctionAuthoritySchema,
  authorityName: text(120).nullable(),
  programme: text(200).nullable(),
  listed: datedSchema.nullable(),
  listedOnOrBefore: z.boolean(),
  delisted: datedSchema.nullable(),
  note: text(1000).nullable(),
  citations: z.array(citation).min(1, 'Every designation cites at least one source'),
});

const seedWaiverSchema = z.object({
  key: slugSchema,
  kind: z.enum(LICENCE_KINDS),
  name: text(200).nullable(),
  actor: slugSchema,
  designation: slugSchema.nullable(),
  event: slugSchema.nullable(),
  from: datedSchema.nullable(),
  to: datedSchema.nullable(),
  note: text(1000).nullable(),
  citations: z.array(citation).min(1, 'Every waiver cites at least one source'),
});

export const seedSanctionsSchema = z.object({
  designations: z.array(seedDesignationSchema),
  waivers: z.array(seedWaiverSchema),
});
export type SeedSanctions = z.infer<typeof seedSanctionsSchema>;

import { z } from 'zod';
import { actorKindSchema } from '../common';
import { daySchema, namedLinkSchema, pageOf, precisionSchema, sourceKindSchema } from './common';
import { apiEventSchema } from './event';

const datedSchema = z.strictObject({ date: daySchema, precision: precisionSchema, label: z.string() });

const roleSchema = z.strictObject({
  title: z.string(),
  organisation: namedLinkSchema.nullable(),
  from: datedSchema.nullable(),
  to: datedSchema.nullable(),
});

const actorFields = {
  slug: z.string(),
  name: z.string(),
  kind: actorKindSchema,
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  description: z.string().nullable(),
  roles: z.array(roleSchema),
};

export const actorListSchema = pageOf(
  z.strictObject({ ...actorFields, eventCount: z.number().int() }).meta({ id: 'ActorSummary' }),
  'ActorPage',
);

/** A sanctions date at its precision, with the last day the precision allows. */
const sanctionDateSchema = z.strictObject({ date: daySchema, precision: precisionSchema, end: daySchema, label: z.string() });

const sanctionCitationSchema = z.strictObject({
  quote: z.string(),
  speaker: z.string().nullable(),
  source: z.strictObject({
    id: z.string(),
    title: z.string(),
    outlet: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: daySchema.nullable(),
    url: z.string().nullable(),
    kind: sourceKindSchema,
  }),
});

/** Designations and the licences that suspended them (lib/data/sanctions.ts sanctionsToApi); only public ones. */
const sanctionsSchema = z
  .strictObject({
    designations: z.array(
      z.strictObject({
        id: z.string(),
        authority: z.enum(['ofac', 'us', 'eu', 'uk', 'un', 'other']),
        authorityName: z.string().nullable(),
        programme: z.string().nullable(),
        listedOn: sanctionDateSchema.nullable(),
        listedOnOrBefore: z.boolean().meta({ description: 'The sources show the designation in force by listedOn, not when it began' }),
        delistedOn: sanctionDateSchema.nullable(),
        note: z.string().nullable(),
        citations: z.array(sanctionCitationSchema),
      }),
    ),
    waivers: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(['general', 'specific']),
        name: z.string().nullable(),
        designationId: z.string().nullable(),
        event: z.strictObject({ slug: z.string(), title: z.string() }).nullable(),
        validFrom: sanctionDateSchema.nullable(),
        validTo: sanctionDateSchema.nullable().meta({ description: 'Null when the sources do not say when it ended' }),
        note: z.string().nullable(),
        citations: z.array(sanctionCitationSchema),
      }),
    ),
  })
  .meta({ id: 'Sanctions' });

export const actorDetailSchema = z
  .strictObject({
    ...actorFields,
    events: z.array(apiEventSchema.extend({ role: z.string(), titleAtTime: z.string().nullable() })),
    met: z.array(z.strictObject({ slug: z.string(), name: z.string(), count: z.number().int() })),
    sanctions: sanctionsSchema,
  })
  .meta({ id: 'Actor' });

/** The full source of a citation as pages show it. */
const sourceSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: daySchema.nullable(),
  publishedPrecision: precisionSchema.nullable(),
  publishedLabel: z.string().nullable(),
  url: z.string().nullable(),
  kind: sourceKindSchema,
});

const citationSchema = z
  .strictObject({ quote: z.string(), speaker: z.string().nullable(), speakerSlug: z.string().nullable(), source: sourceSchema })
  .meta({ id: 'Citation' });

const figureSchema = z
  .strictObject({
    slug: z.string(),
    label: z.string(),
    value: z.number(),
    unit: z.string(),
    currency: z.string().nullable(),
    asOf: daySchema.nullable(),
    asOfPrecision: precisionSchema.nullable(),
    asOfLabel: z.string().nullable(),
    sector: namedLinkSchema.nullable(),
    citations: z.array(citationSchema),
  })
  .meta({ id: 'Figure' });

const proposalSchema = z
  .strictObject({
    slug: z.string(),
    title: z.string(),
    summary: z.string(),
    status: z.string(),
    sector: namedLinkSchema.nullable(),
    proposedBy: z.array(namedLinkSchema),
    events: z.array(
      z.strictObject({ slug: z.string(), title: z.string(), date: z.string(), status: z.string().nullable(), note: z.string().nullable() }),
    ),
    citations: z.array(citationSchema),
  })
  .meta({ id: 'Proposal' });

export const figureListSchema = pageOf(figureSchema, 'FigurePage');
export const proposalListSchema = pageOf(proposalSchema, 'ProposalPage');

export const sectorListSchema = pageOf(
  z
    .strictObject({
      slug: z.string(),
      name: z.string(),
      description: z.string().nullable(),
      counts: z.strictObject({ events: z.number().int(), proposals: z.number().int(), figures: z.number().int() }),
    })
    .meta({ id: 'SectorSummary' }),
  'SectorPage',
);

export const sectorDetailSchema = z
  .strictObject({
    slug: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    proposals: z.array(proposalSchema),
    figures: z.array(figureSchema),
  })
  .meta({ id: 'Sector' });

export const sourceListSchema = pageOf(
  sourceSchema.extend({ note: z.string().nullable(), citationCount: z.number().int() }).meta({ id: 'SourceSummary' }),
  'SourcePage',
);

const quoteFields = { quote: z.string(), speaker: namedLinkSchema.nullable() };

export const sourceDetailSchema = sourceSchema
  .extend({
    note: z.string().nullable(),
    events: z.array(z.strictObject({ ...quoteFields, slug: z.string(), title: z.string(), date: z.string() })),
    proposals: z.array(
      z.strictObject({
        ...quoteFields,
        slug: z.string(),
        title: z.string(),
        status: z.string(),
        sector: z.strictObject({ slug: z.string() }).nullable(),
      }),
    ),
    figures: z.array(
      z.strictObject({
        ...quoteFields,
        slug: z.string(),
        label: z.string(),
        value: z.number(),
        unit: z.string(),
        currency: z.string().nullable(),
        sector: namedLinkSchema.nullable(),
      }),
    ),
  })
  .meta({ id: 'Source' });

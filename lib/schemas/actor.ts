import { z } from 'zod';
import { actorKindSchema, formSlugSchema } from './common';
import { list, optionalReference, optionalText, requiredText } from './fields';
import { checkPeriodStart, optionalDate, optionalPrecision, recordStatusSchema } from './record-fields';

/** One name per line in the form; an array in a snapshot. Blank lines and repeats are dropped. */
const aliasesSchema = z.preprocess(
  (v) => {
    const items = typeof v === 'string' ? v.split(/\r?\n/) : Array.isArray(v) ? v : v === undefined ? [] : v;
    if (!Array.isArray(items)) return items;
    const clean = items.map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '');
    return [...new Set(clean)];
  },
  z.array(z.string().max(200, 'Keep each alias under 200 characters')).max(50, 'List at most 50 aliases'),
);

const regionNames =
  typeof Intl !== 'undefined' && 'DisplayNames' in Intl ? new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }) : null;

/** ISO 3166-1 alpha-2, upper-cased; empty for none. */
const countrySchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO country code such as US or RU, or leave it empty')
    // Guarded: zod runs refinements after a failed regex too, and DisplayNames throws on malformed codes.
    .refine(
      (code) => !/^[A-Z]{2}$/.test(code) || (code !== 'ZZ' && (!regionNames || regionNames.of(code) !== undefined)),
      'This is not an ISO country code',
    )
    .optional(),
);

const actorRoleRowSchema = z.object({
  title: requiredText(200, 'Enter the title of the role'),
  organisation: optionalReference,
  from: optionalDate,
  fromPrecision: optionalPrecision,
  to: optionalDate,
  toPrecision: optionalPrecision,
});

/** The actor form, shared by the form component and the server action. */
export const actorInputSchema = z
  .object({
    slug: formSlugSchema,
    name: requiredText(200, 'Enter a name'),
    kind: actorKindSchema,
    aliases: aliasesSchema,
    country: countrySchema,
    description: optionalText(2000),
    status: recordStatusSchema,
    roles: list(actorRoleRowSchema).refine((rows) => rows.length <= 50, 'List at most 50 roles'),
    message: optionalText(500),
  })
  .superRefine((a, ctx) => {
    a.roles.forEach((r, i) => {
      checkPeriodStart(ctx, r.from, r.fromPrecision, ['roles', i, 'from']);
      checkPeriodStart(ctx, r.to, r.toPrecision, ['roles', i, 'to']);
      if (r.from && r.to && r.to < r.from)
        ctx.addIssue({ code: 'custom', path: ['roles', i, 'to'], message: 'The end date must not be before the start date' });
      if (r.organisation && r.organisation === a.slug)
        ctx.addIssue({ code: 'custom', path: ['roles', i, 'organisation'], message: 'An actor cannot hold a role at itself' });
    });
  });

export type ActorInput = z.infer<typeof actorInputSchema>;

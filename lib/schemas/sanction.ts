/**
 * The designation and waiver forms, shared by the form components, the
 * server actions, the seed and the FollowTheMoney import.
 */
import { z } from 'zod';
import { blankToUndefined, checkbox, list, optionalText } from './fields';
import { checkPeriodStart, citationRowSchema, optionalDate, optionalPrecision, recordStatusSchema } from './record-fields';
import { referenceSchema } from './common';

const SANCTION_AUTHORITIES = ['ofac', 'us', 'eu', 'uk', 'un', 'other'] as const;
export const sanctionAuthoritySchema = z.enum(SANCTION_AUTHORITIES, { error: 'Choose the authority' });
export const LICENCE_KINDS = ['general', 'specific'] as const;

// A name, alias or slug: the writer resolves it like every actor picker (lib/write/references.ts).
const actorSlug = z.preprocess(blankToUndefined, referenceSchema.optional()).refine((v) => v !== undefined, 'Choose the actor');
const optionalId = z.preprocess(blankToUndefined, z.string().max(120).optional());
const citations = list(citationRowSchema).refine((rows) => rows.length <= 50, 'List at most 50 citations');

type Ctx = z.RefinementCtx;
function checkOrder(ctx: Ctx, from: string | undefined, to: string | undefined, path: string, message: string) {
  if (from && to && to < from) ctx.addIssue({ code: 'custom', path: [path], message });
}
function checkPrecisionGiven(ctx: Ctx, date: string | undefined, precision: string | undefined, path: string) {
  checkPeriodStart(ctx, date, precision, [path]);
}
function checkPublishable(ctx: Ctx, status: string, rows: unknown[], noun: string) {
  if (status === 'published' && rows.length === 0)
    ctx.addIssue({ code: 'custom', path: ['citations'], message: `A ${noun} cannot be published without at least one citation` });
}

export const designationInputSchema = z
  .object({
    actor: actorSlug,
    authority: sanctionAuthoritySchema,
    authorityName: optionalText(120),
    programme: optionalText(200),
    listedOn: optionalDate,
    listedPrecision: optionalPrecision,
    listedOnOrBefore: checkbox,
    delistedOn: optionalDate,
    delistedPrecision: optionalPrecision,
    note: optionalText(1000),
    status: recordStatusSchema,
    citations,
    message: optionalText(500),
  })
  .superRefine((d, ctx) => {
    if (d.authority === 'other' && !d.authorityName)
      ctx.addIssue({ code: 'custom', path: ['authorityName'], message: 'Name the authority when it is "Other"' });
    checkPrecisionGiven(ctx, d.listedOn, d.listedPrecision, 'listedOn');
    checkPrecisionGiven(ctx, d.delistedOn, d.delistedPrecision, 'delistedOn');
    checkOrder(ctx, d.listedOn, d.delistedOn, 'delistedOn', 'The delisting cannot come before the listing');
    if (d.listedOnOrBefore && !d.listedOn)
      ctx.addIssue({ code: 'custom', path: ['listedOn'], message: 'Give the date by which it was in force' });
    checkPublishable(ctx, d.status, d.citations, 'designation');
  });
export type DesignationInput = z.infer<typeof designationInputSchema>;

export const waiverInputSchema = z
  .object({
    kind: z.enum(LICENCE_KINDS, { error: 'Choose general or specific licence' }),
    name: optionalText(200),
    actor: actorSlug,
    designation: optionalId,
    // The event by title or slug, as the name picker posts it; the writer resolves it (candidates when ambiguous).
    event: z.preprocess(blankToUndefined, referenceSchema.optional()),
    validFrom: optionalDate,
    fromPrecision: optionalPrecision,
    validTo: optionalDate,
    toPrecision: optionalPrecision,
    note: optionalText(1000),
    status: recordStatusSchema,
    citations,
    message: optionalText(500),
  })
  .superRefine((w, ctx) => {
    checkPrecisionGiven(ctx, w.validFrom, w.fromPrecision, 'validFrom');
    checkPrecisionGiven(ctx, w.validTo, w.toPrecision, 'validTo');
    checkOrder(ctx, w.validFrom, w.validTo, 'validTo', 'The end cannot come before the start');
    if (!w.validFrom && !w.event)
      ctx.addIssue({ code: 'custom', path: ['validFrom'], message: 'Give the start of the window, or the event it was granted for' });
    checkPublishable(ctx, w.status, w.citations, 'waiver');
  });
export type WaiverInput = z.infer<typeof waiverInputSchema>;

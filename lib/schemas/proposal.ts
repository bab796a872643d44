import { z } from 'zod';
import { formSlugSchema, proposalStatusSchema, referenceSchema } from './common';
import { list, optionalText, requiredText } from './fields';
import { checkUnique, citationRowSchema, recordStatusSchema } from './record-fields';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const proposalEventRowSchema = z.object({
  event: referenceSchema,
  status: z.preprocess(blank, proposalStatusSchema.optional()),
  note: optionalText(500),
});

/** The proposal form, shared by the form component and the server action. */
export const proposalInputSchema = z
  .object({
    slug: formSlugSchema,
    title: requiredText(200, 'Enter a title'),
    summary: requiredText(4000, 'Enter a summary'),
    sector: z.string({ error: 'Choose a sector' }).trim().min(1, 'Choose a sector').pipe(referenceSchema),
    status: proposalStatusSchema,
    recordStatus: recordStatusSchema,
    proposedBy: list(referenceSchema).refine((rows) => rows.length <= 50, 'List at most 50 actors'),
    events: list(proposalEventRowSchema).refine((rows) => rows.length <= 200, 'List at most 200 events'),
    citations: list(citationRowSchema).refine((rows) => rows.length <= 50, 'List at most 50 citations'),
    message: optionalText(500),
  })
  .superRefine((p, ctx) => {
    if (p.recordStatus === 'published' && p.citations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['citations'], message: 'A proposal cannot be published without at least one citation' });
    }
    checkUnique(
      ctx,
      p.proposedBy,
      (s) => s,
      (i) => ['proposedBy', i],
      'This actor is listed twice',
    );
    checkUnique(
      ctx,
      p.events,
      (e) => e.event,
      (i) => ['events', i, 'event'],
      'This event is listed twice',
    );
  });

export type ProposalInput = z.infer<typeof proposalInputSchema>;

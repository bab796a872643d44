import { z } from 'zod';
import { formSlugSchema, sourceKindSchema } from './common';
import { optionalText, requiredText } from './fields';
import { checkPeriodStart, optionalDate, optionalPrecision, recordStatusSchema } from './record-fields';

/**
 * The source form, shared by the form component and the server action. The
 * id is chosen on creation and never changes (citations reference it).
 */
export const sourceInputSchema = z
  .object({
    // Left empty, the server makes the id from the title.
    id: formSlugSchema.pipe(z.string().max(64, 'Use at most 64 characters')),
    title: requiredText(300, 'Enter the title'),
    outlet: optionalText(200),
    author: optionalText(200),
    publishedAt: optionalDate,
    publishedPrecision: optionalPrecision,
    url: z.preprocess(
      (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim()) : v),
      z
        .url({ protocol: /^https?$/, error: 'Enter a full http(s) address' })
        .max(1000, 'Use at most 1000 characters')
        .optional(),
    ),
    kind: sourceKindSchema,
    note: optionalText(2000),
    status: recordStatusSchema,
    message: optionalText(500),
  })
  .superRefine((s, ctx) => {
    checkPeriodStart(ctx, s.publishedAt, s.publishedPrecision, ['publishedAt']);
  });

export type SourceInput = z.infer<typeof sourceInputSchema>;

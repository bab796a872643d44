import { z } from 'zod';
import { formSlugSchema } from './common';
import { list, optionalReference, optionalText, requiredText } from './fields';
import { checkPeriodStart, citationRowSchema, optionalDate, optionalPrecision, recordStatusSchema } from './record-fields';

const NUMBER_MESSAGE = 'Enter a plain number such as 1500 or -2.75 (digits and one decimal point; no commas, spaces or units)';

/** A plain decimal number from the form ("1500.5"), or a number from a snapshot. */
const valueSchema = z.preprocess(
  (v) => {
    if (typeof v !== 'string') return v;
    const t = v.trim();
    if (t === '') return undefined;
    return /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : v;
  },
  z.number({
    error: (issue) =>
      issue.input === undefined
        ? 'Enter the value'
        : typeof issue.input === 'number' && !Number.isNaN(issue.input)
          ? 'The number is too large'
          : NUMBER_MESSAGE,
  }),
);

const currencySchema = z.preprocess(
  (v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : v.trim().toUpperCase()) : v),
  z
    .string()
    .regex(/^[A-Z]{3}$/, 'Use a three-letter currency code such as USD, or leave it empty')
    .optional(),
);

/** The figure form, shared by the form component and the server action. */
export const figureInputSchema = z
  .object({
    slug: formSlugSchema,
    label: requiredText(300, 'Enter a label'),
    value: valueSchema,
    unit: requiredText(60, 'Enter the unit (e.g. billion, tonnes, per cent)'),
    currency: currencySchema,
    asOf: optionalDate,
    asOfPrecision: optionalPrecision,
    sector: optionalReference,
    status: recordStatusSchema,
    citations: list(citationRowSchema).refine((rows) => rows.length <= 50, 'List at most 50 citations'),
    message: optionalText(500),
  })
  .superRefine((f, ctx) => {
    checkPeriodStart(ctx, f.asOf, f.asOfPrecision, ['asOf']);
    if (f.status === 'published' && f.citations.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['citations'], message: 'A figure cannot be published without at least one citation' });
    }
  });

export type FigureInput = z.infer<typeof figureInputSchema>;

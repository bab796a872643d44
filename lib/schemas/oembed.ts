import { z } from 'zod';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const dimension = (name: string) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: `${name} must be a number of pixels` })
      .int(`${name} must be a whole number of pixels`)
      .min(1, `${name} must be at least 1`)
      .max(10_000, `${name} must be at most 10000`)
      .optional(),
  );

/** The oEmbed request (oembed.com §2.2): url is required, format json or xml, optional maximum size. */
export const oembedQuerySchema = z.object({
  url: z.preprocess(
    blankToUndefined,
    z
      .string({ error: 'url is required: the address of an event or timeline on this site' })
      .max(2000, 'url must be at most 2000 characters')
      .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), 'url must be an absolute http(s) address'),
  ),
  format: z.preprocess(blankToUndefined, z.enum(['json', 'xml'], { error: 'format must be "json"' }).default('json')),
  maxwidth: dimension('maxwidth'),
  maxheight: dimension('maxheight'),
});

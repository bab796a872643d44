import { z } from 'zod';
import { formSlugSchema } from './common';
import { optionalText, requiredText } from './fields';
import { recordStatusSchema } from './record-fields';

/** The sector form, shared by the form component and the server action. */
export const sectorInputSchema = z.object({
  slug: formSlugSchema,
  name: requiredText(120, 'Enter a name'),
  description: requiredText(2000, 'Enter a description'),
  status: recordStatusSchema,
  message: optionalText(500),
});

export type SectorInput = z.infer<typeof sectorInputSchema>;

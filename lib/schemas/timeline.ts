import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';

/** A slice of the axis's ordered events whose titles a card needs (offsets index the /api/v1/timeline columns). */
export const timelineSliceSchema = z.object({
  offset: z.coerce.number({ error: 'offset must be a number' }).int('offset must be a whole number').min(0).max(10_000_000),
  limit: z.coerce.number({ error: 'limit must be a number' }).int('limit must be a whole number').min(1).max(200).default(50),
});

/**
 * Where an event happened, as the event form posts it: a known place of the
 * gazetteer (by slug or name, resolved by the server) or typed coordinates,
 * one or the other. Kept apart from lib/schemas/event.ts so that form's
 * schema gains only a spread and one refinement.
 */
import { z } from 'zod';
import { blankToUndefined } from './fields';

/** A coordinate typed in a form: a decimal number in [min, max]; blank is absent. */
const coordinate = (label: 'Latitude' | 'Longitude', limit: number) =>
  z.preprocess(
    (v) => {
      const text = blankToUndefined(v);
      // Number('') and Number(' 1e3 ') are too lenient for a typed coordinate: only plain decimals pass.
      if (typeof text === 'string') return /^\s*[-+−]?\d{1,3}(\.\d+)?\s*$/.test(text) ? Number(text.trim().replace('−', '-')) : text;
      return text;
    },
    z
      .number({
        error: `Enter the ${label.toLowerCase()} as a decimal number of degrees, e.g. ${label === 'Latitude' ? '55.7558' : '37.6173'}`,
      })
      .min(-limit, `${label} must be between −${limit} and ${limit}`)
      .max(limit, `${label} must be between −${limit} and ${limit}`)
      .optional(),
  );

const latitudeSchema = coordinate('Latitude', 90);
const longitudeSchema = coordinate('Longitude', 180);

export const placeFields = {
  place: z.preprocess(blankToUndefined, z.string().trim().max(200, 'Use at most 200 characters').optional()),
  latitude: latitudeSchema,
  longitude: longitudeSchema,
};

type PlaceValues = { place?: string; latitude?: number; longitude?: number };

/** Both coordinates or neither, and a known place or coordinates, not both: errors sit next to the field to fix. */
export function refinePlace(e: PlaceValues, ctx: z.RefinementCtx) {
  const hasLat = e.latitude !== undefined;
  const hasLon = e.longitude !== undefined;
  if (hasLat && !hasLon) ctx.addIssue({ code: 'custom', path: ['longitude'], message: 'Enter the longitude too, or clear the latitude' });
  if (hasLon && !hasLat) ctx.addIssue({ code: 'custom', path: ['latitude'], message: 'Enter the latitude too, or clear the longitude' });
  if (e.place && (hasLat || hasLon))
    ctx.addIssue({ code: 'custom', path: ['place'], message: 'Pick a known place or type coordinates, not both: clear one of them' });
}

import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';

/**
 * The audit log's `before` cursor: an ISO date or date-time whose year
 * PostgreSQL's timestamp column and every browser can hold. Date.parse
 * alone accepts expanded years ("-010000-01-01", "+275760-09-13") that the
 * database rejects, which turned a hand-edited URL into a 500.
 */
const auditCursorSchema = z
  .string()
  .max(64)
  .pipe(z.union([z.iso.datetime({ offset: true, local: true }), z.iso.date()]))
  .transform((s) => new Date(s))
  .refine((d) => {
    const year = d.getUTCFullYear();
    return year >= 1900 && year <= 9999;
  });

/** The cursor as a Date, or undefined when it is missing or not a sane date (the filter is then ignored). */
export function parseAuditCursor(before: unknown): Date | undefined {
  const parsed = auditCursorSchema.safeParse(before);
  return parsed.success ? parsed.data : undefined;
}

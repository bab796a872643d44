/**
 * Dates with honest precision. A date is stored as the first day of its
 * period plus a precision, and shown only to that precision: "March 2025",
 * never "1 March 2025".
 */

/** How precisely a date is known; lib/schemas/common.ts builds its zod enum from this list. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** YYYY-MM-DD of a UTC date (dates are stored without time zones). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function parseIsoDay(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

/**
 * The rule every form, the import and the seed check: a date known only to
 * the month or year is stored as the first day of that period. Returns the
 * date it should be ("2025-03-14" at month → "2025-03-01"), or null when it
 * already starts its period.
 */
export function periodStartFix(iso: string, precision: string | undefined): string | null {
  if (precision === 'month' && !iso.endsWith('-01')) return `${iso.slice(0, 8)}01`;
  if (precision === 'year' && !iso.endsWith('-01-01')) return `${iso.slice(0, 4)}-01-01`;
  return null;
}

/** The forms' wording of that rule, or null when the date is fine. */
export function periodStartMessage(iso: string | undefined, precision: string | undefined): string | null {
  const fix = iso ? periodStartFix(iso, precision) : null;
  if (!fix) return null;
  return precision === 'month'
    ? `For a date known only to the month, use the 1st (${fix})`
    : `For a date known only to the year, use 1 January (${fix})`;
}

/** The last day covered by a date of the given precision. */
export function periodEnd(start: Date, precision: Precision): Date {
  const y = start.getUTCFullYear();
  const m = start.getUTCMonth();
  if (precision === 'year') return new Date(Date.UTC(y, 11, 31));
  if (precision === 'month') return new Date(Date.UTC(y, m + 1, 0));
  return new Date(start.getTime());
}

/** The first day of the period a date falls in, at the given precision. */
export function periodStart(date: Date, precision: Precision): Date {
  const y = date.getUTCFullYear();
  if (precision === 'year') return new Date(Date.UTC(y, 0, 1));
  if (precision === 'month') return new Date(Date.UTC(y, date.getUTCMonth(), 1));
  return new Date(Date.UTC(y, date.getUTCMonth(), date.getUTCDate()));
}

function single(date: Date, precision: Precision): string {
  const y = date.getUTCFullYear();
  if (precision === 'year') return String(y);
  const month = MONTHS[date.getUTCMonth()];
  if (precision === 'month') return `${month} ${y}`;
  return `${date.getUTCDate()} ${month} ${y}`;
}

/**
 * "18 March 2025", "March 2025", "c. April 2025", "10–11 April 2025",
 * "30 March – 2 April 2025".
 */
export function formatDateLabel(start: Date, precision: Precision, end?: Date | null, approximate = false): string {
  let label = single(start, precision);
  if (end && isoDay(end) !== isoDay(start)) {
    const sameYear = end.getUTCFullYear() === start.getUTCFullYear();
    const sameMonth = sameYear && end.getUTCMonth() === start.getUTCMonth();
    if (precision === 'day' && sameMonth) {
      label = `${start.getUTCDate()}–${single(end, 'day')}`;
    } else if (precision === 'day' && sameYear) {
      label = `${start.getUTCDate()} ${MONTHS[start.getUTCMonth()]} – ${single(end, 'day')}`;
    } else {
      label = `${single(start, precision)} – ${single(end, precision === 'year' ? 'year' : 'day')}`;
    }
  }
  return approximate ? `c. ${label}` : label;
}

/** "March 2025" heading for grouping a timeline by month. */
export function monthHeading(date: Date): string {
  return single(date, 'month');
}

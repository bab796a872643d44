/**
 * Calendar days as integers (days since 1970-01-01, UTC). The axis does all
 * its arithmetic on these: no time zones, no hours, and they delta-encode well.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

/** The day number of a Date at UTC midnight (as dayOf of its ISO day). */
export function dayOfDate(date: Date): number {
  return Math.floor(date.getTime() / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Year, month (0–11) and day of month of a day number. */
export function ymd(day: number): [number, number, number] {
  const d = new Date(Math.floor(day) * MS_PER_DAY);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()];
}

export function dayFromYmd(year: number, month: number, date = 1): number {
  // Not Date.UTC: it reads years 0–99 as 1900–1999.
  const d = new Date(0);
  d.setUTCFullYear(year, month, date);
  return Math.floor(d.getTime() / MS_PER_DAY);
}

export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

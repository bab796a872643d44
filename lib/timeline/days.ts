/**
 * Calendar days as integers (days since 1970-01-01, UTC). The axis does all
 * its arithmetic on these: no time zones, no hours, and they delta-encode well.
 */
const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): number {
  return Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: number): string {
  return new Date(Math.floor(day) * MS_PER_DAY).toISOString().slice(0, 10);
}

// The two conversions below are calendar arithmetic (H. Hinnant's days_from_civil and civil_from_days, proleptic
// Gregorian), not Date: Next wraps the Date constructor on the server, and the axis makes hundreds per render.

/** Year, month (0–11) and day of month of a day number. */
export function ymd(day: number): [number, number, number] {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097; // day of the 400-year era, 0–146096
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // from 1 March, 0–365
  const mp = Math.floor((5 * doy + 2) / 153); // month from March, 0–11
  const month = mp < 10 ? mp + 2 : mp - 10;
  return [yoe + era * 400 + (month < 2 ? 1 : 0), month, doy - Math.floor((153 * mp + 2) / 5) + 1];
}

/** The day number of a date; a month or day out of range rolls over, as Date's setters do (month 12 is next January). */
export function dayFromYmd(year: number, month: number, date = 1): number {
  const y = year + Math.floor(month / 12) - (((month % 12) + 12) % 12 < 2 ? 1 : 0);
  const m = (((month % 12) + 12) % 12) + 1; // 1–12
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468 + date - 1;
}

/** The last day of the year, month or day that starts on `iso` (YYYY-MM-DD), as a day number. */
export function lastDayOf(iso: string, unit: 'year' | 'month' | 'day'): number {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1;
  if (unit === 'year') return dayFromYmd(year + 1, 0) - 1;
  if (unit === 'month') return dayFromYmd(year, month + 1) - 1;
  return dayFromYmd(year, month, Number(iso.slice(8, 10)));
}

export const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, dayOf, isoOf, lastDayOf, ymd } from '@/lib/timeline/days';
import { isoDay, parseIsoDay, periodEnd } from '@/lib/dates';

const MS_PER_DAY = 86_400_000;
// Day numbers from the year -2000 to 6000: the arithmetic's eras and leap rules on both sides of 1970.
const anyDay = fc.integer({ min: -1_450_000, max: 1_470_000 });

describe('calendar arithmetic without Date', () => {
  it('ymd gives what Date gives for the same day', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const d = new Date(day * MS_PER_DAY);
        expect(ymd(day)).toEqual([d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()]);
      }),
      { numRuns: 5000 },
    );
  });

  it('dayFromYmd inverts ymd and rolls over months and days as Date does', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), fc.integer({ min: -400, max: 400 }), (day, monthShift, dayShift) => {
        const [y, m, d] = ymd(day);
        expect(dayFromYmd(y, m, d)).toBe(day);
        const ref = new Date(0);
        ref.setUTCFullYear(y, m + monthShift, d + dayShift);
        expect(dayFromYmd(y, m + monthShift, d + dayShift)).toBe(Math.floor(ref.getTime() / MS_PER_DAY));
      }),
      { numRuns: 5000 },
    );
  });

  it('knows leap years, century years and the years 0–99', () => {
    expect(isoOf(dayFromYmd(2024, 1, 29))).toBe('2024-02-29');
    expect(isoOf(dayFromYmd(1900, 1, 29))).toBe('1900-03-01');
    expect(isoOf(dayFromYmd(2000, 1, 29))).toBe('2000-02-29');
    expect(ymd(dayOf('0099-12-31'))).toEqual([99, 11, 31]);
    // The last day of each 400-year era, which random days rarely hit.
    for (const year of [1600, 2000, 2400]) expect(ymd(dayOf(`${year}-02-29`))).toEqual([year, 1, 29]);
    expect(dayFromYmd(1970, 0, 1)).toBe(0);
    // Years below 100, where Date.UTC (and so periodEnd) reads 1900–1999.
    expect(isoOf(lastDayOf('0050-02-01', 'month'))).toBe('0050-02-28');
    expect(isoOf(lastDayOf('0048-02-01', 'month'))).toBe('0048-02-29');
    expect(isoOf(lastDayOf('0048-01-01', 'year'))).toBe('0048-12-31');
  });

  it('lastDayOf is the last day of the period, as periodEnd says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayOf('1000-01-01'), max: dayOf('9999-01-01') }),
        fc.constantFrom('year', 'month', 'day'),
        (day, unit) => {
          const iso = isoOf(day);
          expect(isoOf(lastDayOf(iso, unit))).toBe(isoDay(periodEnd(parseIsoDay(iso), unit)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

import { describe, expect, it } from 'vitest';
import { MAX_BARS, barCount, buildEventChart, chartUnit, periodLabel, periodsBetween, type MonthCount } from '@/lib/chart-buckets';

const day = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('the events chart periods', () => {
  it('keeps every range from one day to 30 years within MAX_BARS bars, at the finest unit that fits', () => {
    const units = ['month', 'quarter', 'year', 'decade'] as const;
    // Ranges of 1 day up to 30 years (and a bit), starting on awkward days: month and quarter ends, leap days.
    for (const start of ['1996-12-31', '2000-02-29', '2024-03-31', '2025-01-01']) {
      for (let length = 0; length <= 30 * 366; length += 7) {
        const last = day(start, length);
        const unit = chartUnit(start, last);
        expect(barCount(start, last, unit)).toBeLessThanOrEqual(MAX_BARS);
        expect(periodsBetween(start, last, unit)).toHaveLength(barCount(start, last, unit));
        // Nothing finer would have fitted.
        const finer = units.slice(0, units.indexOf(unit));
        for (const f of finer) expect(barCount(start, last, f)).toBeGreaterThan(MAX_BARS);
      }
    }
    expect(chartUnit('2025-04-02', '2025-04-02')).toBe('month');
    expect(chartUnit('2016-01-01', '2025-12-31')).toBe('month'); // 120 months
    expect(chartUnit('2016-01-01', '2026-01-01')).toBe('quarter'); // 121
    expect(chartUnit('1996-01-01', '2025-12-31')).toBe('quarter'); // 120 quarters
    expect(chartUnit('1995-12-31', '2025-12-31')).toBe('year');
    expect(chartUnit('1800-01-01', '2025-01-01')).toBe('decade');
  });

  it('lists every period between the first and the last, and labels them', () => {
    expect(periodsBetween('2024-11-15', '2025-02-03', 'month')).toEqual(['2024-11-01', '2024-12-01', '2025-01-01', '2025-02-01']);
    expect(periodsBetween('2024-08-31', '2025-01-01', 'quarter')).toEqual(['2024-07-01', '2024-10-01', '2025-01-01']);
    expect(periodsBetween('2019-06-01', '2021-01-01', 'year')).toEqual(['2019-01-01', '2020-01-01', '2021-01-01']);
    expect(periodsBetween('1999-06-01', '2001-01-01', 'decade')).toEqual(['1990-01-01', '2000-01-01']);
    expect(['2025-03-01', '2025-10-01'].map((p) => periodLabel(p, 'quarter'))).toEqual(['Q1 2025', 'Q4 2025']);
    expect(periodLabel('2025-03-01', 'month')).toBe('Mar 2025');
    expect(periodLabel('2025-01-01', 'year')).toBe('2025');
    expect(periodLabel('2020-01-01', 'decade')).toBe('2020s');
  });
});

describe('buildEventChart', () => {
  const row = (month: string, precision: MonthCount['precision'], sector: string | null, count = 1): MonthCount => ({
    month,
    precision,
    sector,
    count,
  });

  it('keeps empty periods as zero bars instead of skipping them', () => {
    const chart = buildEventChart(
      [row('2022-02-01', 'day', null), row('2025-01-01', 'day', 'energy', 2), row('2025-01-01', 'month', null)],
      [],
    );
    expect(chart?.unit).toBe('month');
    expect(chart?.periods).toHaveLength(36); // Feb 2022 .. Jan 2025
    expect(chart?.periods[1]).toBe('2022-03-01');
    const none = chart!.series.find((s) => s.sector === null)!.values;
    const energy = chart!.series.find((s) => s.sector === 'energy')!.values;
    expect([none[0], none[1], none[35]]).toEqual([1, 0, 1]);
    expect(energy.filter((v) => v > 0)).toEqual([2]);
    expect(none.reduce((a, b) => a + b) + energy.reduce((a, b) => a + b)).toBe(4);
  });

  it('leaves year-only events out of month and quarter bars and says so', () => {
    const chart = buildEventChart(
      [row('2014-01-01', 'year', null), row('2025-02-01', 'month', 'rare-earths', 3), row('2025-04-01', 'day', null, 4)],
      [{ year: '2014', events: 1 }],
    )!;
    // The range is that of what the bars can place: Feb..Apr 2025, not 2014.
    expect(chart.unit).toBe('month');
    expect(chart.periods).toEqual(['2025-02-01', '2025-03-01', '2025-04-01']);
    expect(chart.notDrawn).toEqual([{ year: '2014', events: 1 }]);
    expect(chart.series.flatMap((s) => s.values).reduce((a, b) => a + b)).toBe(7);
  });

  it('buckets by quarter over a long range and by year when most events are known only to the year', () => {
    const long = buildEventChart([row('2010-01-01', 'day', null), row('2025-12-01', 'month', null)], [])!;
    expect(long.unit).toBe('quarter');
    expect(long.periods).toHaveLength(64);
    const coarse = buildEventChart(
      [row('2014-01-01', 'year', 'a', 2), row('2022-01-01', 'year', null, 3), row('2025-03-01', 'day', 'a')],
      [
        { year: '2014', events: 2 },
        { year: '2022', events: 3 },
      ],
    )!;
    expect(coarse.unit).toBe('year');
    expect(coarse.periods).toHaveLength(12); // 2014..2025, every year
    expect(coarse.notDrawn).toEqual([]);
    expect(coarse.series.find((s) => s.sector === 'a')!.values).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('has no chart for no events', () => {
    expect(buildEventChart([], [])).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { isoDay } from '@/lib/dates';
import { getEventChart } from '@/lib/data/event-chart';
import { loadSeedDataset } from '@/lib/seed/load';
import { writeDataset } from '@/lib/seed/write';
import { buildDataset, buildEvent, buildSector, buildSource } from '../support/factories';

const seed = loadSeedDataset();
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('the events chart read (real PostgreSQL)', () => {
  it('on the seed: every month from the first to the last event placed in a month, counts matching the published events', async () => {
    const chart = (await getEventChart({}))!;
    // Expected counts from the database's published events (the seed, plus whatever other test files left
    // published), computed here independently of the chart's SQL.
    const prisma = await db();
    const live = await prisma.event.findMany({
      where: { status: 'published', deletedAt: null },
      select: {
        startDate: true,
        precision: true,
        sectors: { where: { sector: { status: 'published', deletedAt: null } }, select: { sector: { select: { slug: true } } } },
      },
    });
    expect(live.length).toBeGreaterThanOrEqual(seed.events.length);
    const placed = live
      .filter((e) => e.precision !== 'year')
      .map((e) => ({ start: isoDay(e.startDate), sectors: e.sectors.map((s) => s.sector.slug) }));
    const months = placed.map((e) => e.start.slice(0, 7)).sort();
    expect(chart.unit).toBe('month');
    expect(chart.periods[0].slice(0, 7)).toBe(months[0]);
    expect(chart.periods.at(-1)!.slice(0, 7)).toBe(months.at(-1));
    // Continuous: each period is the month after the one before.
    for (let i = 1; i < chart.periods.length; i++) {
      const [y, m] = chart.periods[i - 1].split('-').map(Number);
      expect(chart.periods[i]).toBe(m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`);
    }
    expect(sum(chart.series.flatMap((s) => s.values))).toBe(placed.reduce((n, e) => n + Math.max(1, e.sectors.length), 0));
    for (const sector of new Set(placed.flatMap((e) => e.sectors))) {
      expect(sum(chart.series.find((s) => s.sector === sector)!.values)).toBe(placed.filter((e) => e.sectors.includes(sector)).length);
    }
    // Every seeded event dated only to a year is reported as not drawn.
    const yearOnly = seed.events.filter((e) => e.date.precision === 'year');
    expect(sum(chart.notDrawn.map((y) => y.events))).toBeGreaterThanOrEqual(yearOnly.length);
  });

  describe('on records made by factories', () => {
    const source = buildSource();
    const live = buildSector({ slug: 'zz-chart-live' });
    const hidden = buildSector({ slug: 'zz-chart-hidden' });
    const events = [
      buildEvent(source.id, {
        slug: 'zz-chart-both',
        date: { start: '2041-01-10', precision: 'day', end: null, approximate: false },
        sectors: [live.slug, hidden.slug],
      }),
      buildEvent(source.id, {
        slug: 'zz-chart-hidden-only',
        date: { start: '2041-06-01', precision: 'month', end: null, approximate: false },
        sectors: [hidden.slug],
      }),
      buildEvent(source.id, {
        slug: 'zz-chart-year',
        date: { start: '2043-01-01', precision: 'year', end: null, approximate: false },
        sectors: [live.slug],
      }),
    ];

    beforeAll(async () => {
      const prisma = await db();
      await writeDataset(prisma, buildDataset({ sources: [source], sectors: [live] }));
      await writeDataset(prisma, buildDataset({ sectors: [hidden] }), { status: 'draft' });
      await writeDataset(prisma, buildDataset({ events }));
    });
    afterAll(async () => {
      const prisma = await db();
      await prisma.event.deleteMany({ where: { slug: { startsWith: 'zz-chart-' } } });
      await prisma.sector.deleteMany({ where: { slug: { startsWith: 'zz-chart-' } } });
    });

    it('counts an event only in its published sectors, and under "no sector" when it has none', async () => {
      const chart = (await getEventChart({ from: '2041-01-01' }))!;
      expect(chart.unit).toBe('month');
      expect(chart.periods).toEqual(['2041-01-01', '2041-02-01', '2041-03-01', '2041-04-01', '2041-05-01', '2041-06-01']);
      expect(chart.series).toEqual([
        { sector: live.slug, values: [1, 0, 0, 0, 0, 0] },
        { sector: null, values: [0, 0, 0, 0, 0, 1] },
      ]);
      expect(chart.notDrawn).toEqual([{ year: '2043', events: 1 }]);
    });

    it('applies the timeline filter, and goes to years when year-only events are most of the range', async () => {
      const chart = (await getEventChart({ from: '2042-01-01', sector: [live.slug] }))!;
      expect(chart).toEqual({ unit: 'year', periods: ['2043-01-01'], series: [{ sector: live.slug, values: [1] }], notDrawn: [] });
      expect(await getEventChart({ from: '2050-01-01' })).toBeNull();
    });
  });
});

import { describe, expect, it } from 'vitest';
import { checkSeedReferences, loadSeedDataset } from '@/lib/seed/load';

const dataset = loadSeedDataset();

describe('the reviewed seed dataset', () => {
  it('is valid and every reference resolves', () => {
    expect(checkSeedReferences(dataset)).toEqual([]);
  });
  it('covers the sectors the product promises', () => {
    const slugs = dataset.sectors.map((s) => s.slug);
    for (const needed of [
      'rare-earths',
      'arctic-northern-sea-route',
      'nuclear-smr',
      'space',
      'energy',
      'ai',
      'aviation',
      'western-companies-return',
    ]) {
      expect(slugs).toContain(needed);
    }
  });
  it('has one source per article and cites a source with a short quote for every event and figure', () => {
    expect(dataset.sources).toHaveLength(5);
    for (const item of [...dataset.events, ...dataset.figures, ...dataset.proposals]) {
      expect(item.citations.length).toBeGreaterThan(0);
      for (const c of item.citations) expect(c.quote.length).toBeLessThanOrEqual(600);
    }
  });
  it('stores month- and year-precision dates on the first day of their period', () => {
    for (const e of dataset.events) {
      if (e.date.precision === 'month') expect(e.date.start.endsWith('-01')).toBe(true);
      if (e.date.precision === 'year') expect(e.date.start.endsWith('-01-01')).toBe(true);
    }
    expect(dataset.events.some((e) => e.date.precision !== 'day')).toBe(true);
  });
});

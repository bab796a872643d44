/**
 * The from-article evaluation (npm run eval:article) on the tuning set of
 * annotated articles: precision and recall of events (date and precision),
 * actors and figures must each reach 0.9. The held-out articles are not
 * scored here; they are run by hand at the end (npm run eval:article -- --held-out).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, loadArticleCases, precisionOf, recallOf, scoreCase, type Scores } from '@/lib/article/evaluate';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const known = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));
const cases = loadArticleCases(join(import.meta.dirname, '..', 'fixtures', 'articles'));
const tuning = cases.filter((c) => !c.heldOut);

describe('npm run eval:article', () => {
  it('has at least eight annotated articles, three of them held out', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
    expect(cases.filter((c) => c.heldOut)).toHaveLength(3);
    for (const c of cases) expect(c.gold.events.length + c.gold.actors.length + c.gold.figures.length).toBeGreaterThan(0);
  });

  it('reaches 0.9 precision and recall for events, actors and figures on the tuning set', () => {
    const scores = evaluate(tuning, known, sectors);
    for (const what of ['events', 'actors', 'figures'] as const) {
      expect(precisionOf(scores[what]), `${what} precision; misses: ${scores.misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
      expect(recallOf(scores[what]), `${what} recall; misses: ${scores.misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('scores a poor extraction as poor: a wrong date, a fragment actor, a missed figure all count', () => {
    const c = tuning[0];
    const scores: Scores = {
      events: { truePositives: 0, proposed: 0, expected: 0 },
      actors: { truePositives: 0, proposed: 0, expected: 0 },
      figures: { truePositives: 0, proposed: 0, expected: 0 },
      typesRight: 0,
      misses: [],
    };
    const g = c.gold.events[0];
    scoreCase(
      c,
      {
        sentenceCount: 1,
        notes: [],
        sectors: [],
        figures: [],
        events: [
          // The right day at the wrong precision does not match.
          { date: { start: g.date, precision: g.precision === 'day' ? 'month' : 'day', approximate: false } } as never,
        ],
        actors: [{ key: 'new:sea-route', known: false, slug: null, name: 'Sea Route', kind: 'person', text: '', quote: '', mentions: 1 }],
      },
      known,
      scores,
    );
    expect(precisionOf(scores.events)).toBe(0);
    expect(recallOf(scores.events)).toBe(0);
    expect(precisionOf(scores.actors)).toBe(0);
    expect(recallOf(scores.figures)).toBe(0);
  });
});

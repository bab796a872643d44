/**
 * Article texts built to hurt: long runs of punctuation, quotes, repeated
 * verbs and numbers, at the 100,000-character limit. Each must split and
 * extract to the right shape (their speed is measured by a script, not here),
 * and the proposals stay bounded in number and size.
 */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/article/sentences';
import { extractProposals, MAX_PROPOSED } from '@/lib/article/extract';
import { MAX_ARTICLE_CHARS } from '@/lib/schemas/article';

const N = MAX_ARTICLE_CHARS;
const fill = (unit: string) => unit.repeat(Math.floor(N / unit.length));
const extract = (text: string) =>
  extractProposals({
    text,
    publishedAt: '2025-04-10',
    precision: 'day',
    actors: [{ slug: 'kirill-dmitriev', name: 'Kirill Dmitriev', aliases: ['Dmitriev'], kind: 'person' }],
    sectors: [{ slug: 'energy', name: 'Energy' }],
  });

describe('splitSentences on adversarial text', () => {
  it.each([
    ['.', fill('.'), 1, N],
    ['. ', fill('. '), 1, N - 1],
    ['?!', fill('?!'), 1, N],
    ['."', fill('."'), 1, N],
    ["!)' ", fill("!)' "), 1, N - 1],
    ['.…x', `${'.'.repeat(N - 1)}x`, 1, N],
  ])('keeps %j × n as one sentence', (_unit, text, count, length) => {
    const out = splitSentences(text);
    expect(out).toHaveLength(count);
    expect(out[0]).toHaveLength(length);
  });

  it('splits a long run of marks once, where a capital follows', () => {
    const out = splitSentences(`${'.'.repeat(N - 2)} A`);
    expect(out).toEqual(['.'.repeat(N - 2), 'A']);
    expect(splitSentences(`Yes${'?!'.repeat(1000)}" No`)).toEqual([`Yes${'?!'.repeat(1000)}"`, 'No']);
  });

  it('splits many short sentences', () => {
    expect(splitSentences(fill('Go. '))).toEqual(Array(N / 4).fill('Go.'));
    expect(splitSentences(fill('Go?! "'))).toHaveLength(Math.floor(N / 6));
  });
});

describe('extractProposals on adversarial text', () => {
  it('titles a sentence ending in a long run of marks or quotes', () => {
    for (const tail of ['.'.repeat(N - 100), '"'.repeat(N - 100)]) {
      const { events } = extract(`On Tuesday, Dmitriev met Witkoff ${tail}x`);
      expect(events).toHaveLength(1);
      expect(events[0].title.length).toBeLessThanOrEqual(101);
      expect(events[0].quote.length).toBeLessThanOrEqual(600);
      expect(events[0].summary.length).toBeLessThanOrEqual(4000);
    }
  });

  it('types a clause with many verbs and no sanctions as no sanction', () => {
    expect(extract(`On Tuesday ${fill('imposed ')}`.slice(0, N)).events[0].type).not.toBe('sanction');
    expect(extract(`On Tuesday ${'eased '.repeat(5000)}the sanctions.`).events[0].type).toBe('sanction');
    expect(extract(`On Tuesday they eased. The Sanctions stay.`).events[0].type).not.toBe('sanction');
  });

  it('proposes at most MAX_PROPOSED events and figures, and says how many there were', () => {
    const many = extract('Dmitriev met Witkoff on Tuesday. '.repeat(3000));
    expect(many.events).toHaveLength(MAX_PROPOSED);
    expect(many.notes).toContain(
      `Showing the first ${MAX_PROPOSED} of 3000 dated events; paste a shorter part of the article for the rest.`,
    );
    const figures = extract(`On Tuesday ${fill('$1 ')}`.slice(0, N));
    expect(figures.figures).toHaveLength(MAX_PROPOSED);
    expect(figures.notes.some((n) => n.startsWith(`Showing the first ${MAX_PROPOSED} of `) && n.includes(' figures'))).toBe(true);
    for (const p of [many, figures]) expect(JSON.stringify(p).length).toBeLessThan(1_000_000);
  });

  it('lists a bounded number of other dates', () => {
    const { events } = extract(fill('in 2020 '));
    expect(events).toHaveLength(1);
    expect(events[0].otherDates.length).toBeLessThanOrEqual(20);
  });
});

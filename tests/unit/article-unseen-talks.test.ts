/**
 * Another article the extraction was not tuned on (written for the review
 * of issue 12's article entry): quotations are reported, not repeated, in
 * summaries (a first-person one is left out: who "we" are is unknown);
 * titles are headlines; a speaker written "the Kremlin" keeps its article
 * in prose; who reports a meeting is no party to it, named or new; "spoke
 * with … by phone" is a call; a project's number is part of its name; and
 * figures are labelled by what they measure and when, a change after a
 * figure by what changed.
 */
import { describe, expect, it } from 'vitest';
import { extractProposals } from '@/lib/article/extract';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const actors = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));

const TEXT = `ISTANBUL, June 4 (Wire) - Russian and U.S. delegations met in Istanbul on Tuesday to discuss the return of embassy property and the resumption of direct banking links, the Russian Foreign Ministry said.

"The talks were constructive and businesslike," Sergei Lavrov told reporters on Wednesday. "We expect the next round to take place in Washington," he added.

Kremlin spokesman Dmitry Peskov said on Wednesday that "any agreement on Arctic LNG 2 will depend on Washington lifting sanctions".

"We are ready to work with American companies," Kirill Dmitriev said on Friday.

The Kremlin said on Thursday that "the dialogue will continue".

Russian exports of liquefied natural gas to Europe rose to 17.8 million tonnes in 2024, up 4% from a year earlier, according to Kpler.

Secretary of State Marco Rubio spoke with Lavrov by phone on Thursday about the next round.`;

const p = extractProposals({ text: TEXT, publishedAt: '2025-06-04', precision: 'day', actors, sectors, outlet: 'Wire' });
const eventOf = (words: string) => p.events.find((e) => e.quote.includes(words))!;

describe('an unseen story on the Istanbul talks', () => {
  it('proposes one event per dated sentence, typed by its verb', () => {
    expect(p.events.map((e) => [e.date.start, e.type])).toEqual([
      ['2025-06-03', 'meeting'],
      ['2025-06-04', 'statement'],
      ['2025-06-04', 'statement'],
      ['2025-05-30', 'statement'],
      ['2025-05-29', 'statement'],
      ['2025-05-29', 'call'],
    ]);
  });

  it('writes summaries in reported speech, never repeating the quotation', () => {
    expect(eventOf('constructive').summary).toBe('Sergei Lavrov said on 4 June 2025 that the talks were constructive and businesslike.');
    expect(eventOf('Peskov').summary).toBe(
      'Dmitry Peskov said on 4 June 2025 that any agreement on Arctic LNG 2 would depend on Washington lifting sanctions.',
    );
    expect(eventOf('dialogue').summary).toBe('The Kremlin said on 29 May 2025 that the dialogue would continue.');
    // First person: the summary attributes, and leaves the words to the quote.
    expect(eventOf('We are ready').summary).toBe('Kirill Dmitriev spoke on 30 May 2025, according to Wire.');
    for (const e of p.events) expect(e.summary, e.summary).not.toMatch(/["“”]/);
  });

  it('titles the events as headlines', () => {
    expect(eventOf('constructive').title).toBe('Lavrov says the talks were constructive and businesslike');
    expect(eventOf('We are ready').title).toBe('Dmitriev: “We are ready to work with American companies”');
    expect(eventOf('dialogue').title).toMatch(/^Kremlin says /);
    expect(eventOf('Istanbul').title).toBe('Russian and U.S. delegations hold talks in Istanbul');
    expect(eventOf('by phone').title).toBe('Rubio holds a call with Lavrov');
    for (const e of p.events) expect(e.title.length, e.title).toBeLessThanOrEqual(90);
  });

  it('leaves who reported the meeting out of it, and keeps a project number in its name', () => {
    expect(eventOf('Istanbul').actors).toEqual([]);
    expect(p.actors.some((a) => a.name === 'Russian Foreign Ministry')).toBe(true);
    expect(p.actors.map((a) => a.name)).toContain('Arctic LNG 2');
    expect(p.actors.map((a) => a.name)).not.toContain('Arctic LNG');
  });

  it('labels each figure by what it measures and its year', () => {
    expect(p.figures.map((f) => [f.text, f.label, f.asOf])).toEqual([
      ['17.8 million tonnes', 'Russian exports of liquefied natural gas to Europe, 2024', { date: '2024-01-01', precision: 'year' }],
      ['4%', 'Change in Russian exports of liquefied natural gas to Europe, 2024', { date: '2024-01-01', precision: 'year' }],
    ]);
  });
});

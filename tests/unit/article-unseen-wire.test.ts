/**
 * An article written for the acceptance review of issue 12 (not one the
 * extraction was tuned on): a statistic dated by its year is a figure, not
 * an event, and each figure takes the year written after it; an
 * organisation that only describes a person ("Kremlin envoy …") or is where
 * a meeting took place ("in the Kremlin") is no party to the event; company
 * and club names are organisations; where something was said is not what
 * was said; a second claim ("… and that …") stays out of the headline.
 */
import { describe, expect, it } from 'vitest';
import { extractProposals } from '@/lib/article/extract';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const actors = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));

const TEXT = `MOSCOW, March 12 (Wire) - Kremlin envoy Kirill Dmitriev phoned U.S. special envoy Steve Witkoff on Monday to discuss reopening direct flights between Moscow and New York, the Russian Direct Investment Fund said.

Dmitriev told reporters on Tuesday that "American business is ready to come back" and that Aeroflot had asked U.S. regulators for landing rights. He said bilateral trade fell to $3.5 billion in 2024 from $35 billion in 2021.

Treasury Secretary Scott Bessent said in remarks at the Economic Club of New York on Wednesday that any sanctions relief for Gazprom Neft and Surgutneftegas would depend on a ceasefire.

Putin met U.S. businessmen from ExxonMobil in the Kremlin in late February, according to RDIF.`;

const p = extractProposals({ text: TEXT, publishedAt: '2025-03-12', precision: 'day', actors, sectors, outlet: 'Wire' });
const eventOf = (words: string) => p.events.find((e) => e.quote.includes(words))!;

describe('an unseen wire story on US–Russia economic talks', () => {
  it('makes the trade statistic two figures, each dated by its own year, and no event', () => {
    expect(p.events.some((e) => e.quote.includes('bilateral trade'))).toBe(false);
    expect(p.figures.map((f) => [f.text, f.asOf])).toEqual([
      ['$3.5 billion', { date: '2024-01-01', precision: 'year' }],
      ['$35 billion', { date: '2021-01-01', precision: 'year' }],
    ]);
    expect(p.events.map((e) => e.type)).toEqual(['call', 'statement', 'statement', 'meeting']);
  });

  it('keeps an organisation that describes a person or a place out of the event, but in the article', () => {
    const call = eventOf('phoned');
    expect(call.actors).not.toContain('kremlin');
    expect(call.actors).toEqual(expect.arrayContaining(['kirill-dmitriev', 'steve-witkoff']));
    expect(call.title).toBe('Dmitriev holds a call with Witkoff');
    const meeting = eventOf('ExxonMobil');
    expect(meeting.actors).not.toContain('kremlin');
    expect(meeting.title).toBe('Putin meets ExxonMobil in the Kremlin');
    expect(p.actors.find((a) => a.key === 'kremlin')?.known).toBe(true);
  });

  it('proposes companies and clubs as organisations, people as persons', () => {
    const kinds = Object.fromEntries(p.actors.filter((a) => !a.known).map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({
      'Scott Bessent': 'person',
      'Economic Club of New York': 'organisation',
      'Gazprom Neft': 'organisation',
      Surgutneftegas: 'organisation',
      Aeroflot: 'organisation',
    });
  });

  it('says where a statement was made apart from what was said, and heads a two-claim statement with the first', () => {
    const remarks = eventOf('Bessent');
    expect(remarks.summary).toBe(
      'Scott Bessent said on 12 March 2025, in remarks at the Economic Club of New York, that any sanctions relief for Gazprom Neft and Surgutneftegas would depend on a ceasefire.',
    );
    expect(remarks.title).toMatch(/^Bessent says any sanctions relief for Gazprom Neft/);
    expect(eventOf('ready to come back').title).toBe('Dmitriev says "American business is ready to come back"');
  });

  it('reports a quotation in the summary without repeating it, and labels figures by what they measure and when', () => {
    const quoted = eventOf('ready to come back');
    expect(quoted.summary).toBe(
      'Kirill Dmitriev said on 11 March 2025 that American business was ready to come back and that Aeroflot had asked U.S. regulators for landing rights.',
    );
    expect(quoted.summary).not.toMatch(/["“”]/);
    expect(p.figures.map((f) => f.label)).toEqual(['Bilateral trade, 2024', 'Bilateral trade, 2021']);
  });
});

describe('attribution closing a sentence', () => {
  const q = extractProposals({
    text: 'Russia is ready to invest in Alaska, Dmitriev said on Saturday. Peace is near, the Kremlin said on Monday. Putin met Witkoff in St Petersburg on Friday, TASS reported.',
    publishedAt: '2025-03-12',
    precision: 'day',
    actors,
    sectors,
    outlet: 'Wire',
  });

  it('reads what was said before ", X said"', () => {
    expect(q.events.map((e) => [e.type, e.title, e.summary])).toEqual([
      [
        'statement',
        'Dmitriev says Russia is ready to invest in Alaska',
        'Kirill Dmitriev said on 8 March 2025 that Russia is ready to invest in Alaska.',
      ],
      ['statement', 'Kremlin says peace is near', 'The Kremlin said on 10 March 2025 that peace is near.'],
      ['meeting', 'Putin meets Witkoff in St Petersburg', 'Putin met Witkoff in St Petersburg (on 7 March 2025), TASS reported.'],
    ]);
  });

  it('leaves who reported a meeting out of its participants, but keeps a statement’s speaker', () => {
    expect(q.events[2].actors).toEqual(['vladimir-putin', 'steve-witkoff']);
    expect(q.events[1].actors).toEqual(['kremlin']);
    expect(q.actors.some((a) => a.key === 'tass')).toBe(true);
  });
});

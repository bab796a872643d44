/**
 * The mechanisms of the from-article extraction, each on sentences written
 * for this test (not the evaluation's articles): names wherever they stand,
 * whole and without titles; aliases across scripts and transliterations;
 * figures that are not events; types from the verb; headline titles;
 * attributed summaries; honest dates.
 */
import { describe, expect, it } from 'vitest';
import { findKnownActors, findNewNames } from '@/lib/article/actors';
import { findDates } from '@/lib/article/dates';
import { extractProposals } from '@/lib/article/extract';
import { nameKey } from '@/lib/article/translit';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const actors = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));
// Thursday 23 October 2025.
const extract = (text: string, publishedAt = '2025-10-23') =>
  extractProposals({ text, publishedAt, precision: 'day', actors, sectors, outlet: 'Test Wire' });
const names = (sentence: string) => findNewNames(sentence, actors).map((n) => [n.name, n.kind]);

describe('names', () => {
  it('finds organisations as objects of a verb, one word or several', () => {
    expect(names("The United States announced sanctions on Rosneft and Lukoil, Russia's two largest oil companies.")).toEqual([
      ['Rosneft', 'organisation'],
      ['Lukoil', 'organisation'],
    ]);
    expect(names('Investors such as Boeing and the Carnegie Russia Eurasia Center stayed away.')).toEqual([
      ['Boeing', 'organisation'],
      ['Carnegie Russia Eurasia Center', 'organisation'],
    ]);
  });

  it('never offers a fragment of a longer name, a place or a waterway', () => {
    expect(names('Ships crossed the Northern Sea Route and the Black Sea to reach Saudi Arabia and New York.')).toEqual([]);
    expect(names('Delegations met at the Diriyah Palace in Riyadh, near the Persian Gulf.')).toEqual([]);
    // A sentence's first word, or a capitalised adjective, is not a name.
    expect(names('Traffic rose while Western firms waited.')).toEqual([]);
  });

  it('strips titles, so that no name is glued to the word before it', () => {
    expect(
      names('Secretary of State Marco Rubio met Treasury Secretary Scott Bessent and Saudi Crown Prince Mohammed bin Salman.'),
    ).toEqual([
      ['Marco Rubio', 'person'],
      ['Scott Bessent', 'person'],
      ['Mohammed bin Salman', 'person'],
    ]);
    expect(names('Russian Foreign Minister Sergei Lavrov spoke.')).toEqual([['Sergei Lavrov', 'person']]);
  });

  it('counts a surname alone as the person the article names in full', () => {
    const p = extract('Treasury Secretary Scott Bessent spoke on Wednesday. Bessent said on Thursday that more would follow.');
    expect(p.actors.map((a) => [a.name, a.mentions])).toEqual([['Scott Bessent', 2]]);
  });
});

describe('known actors', () => {
  const slugs = (s: string) => findKnownActors(s, actors).map((m) => m.slug);
  it('matches aliases in Cyrillic, declined Russian forms included', () => {
    expect(slugs('Кирилл Дмитриев встретился с Путиным в Кремле.')).toEqual(['kirill-dmitriev', 'vladimir-putin', 'kremlin']);
    expect(slugs('Заявление РФПИ')).toEqual(['rdif']);
  });
  it('matches common transliterations of a name or alias', () => {
    expect(slugs('Kirill Dmitriyev met Zelenskiy and Dmitry Kuleba.')).toEqual(['kirill-dmitriev', 'volodymyr-zelensky', 'dmytro-kuleba']);
    expect(nameKey('Zelenskyy')).toBe(nameKey('Зеленский'));
    expect(nameKey('Sergey Aleksei')).toBe(nameKey('Sergei Alexey'));
  });
});

describe('events', () => {
  const one = (text: string) => {
    const { events } = extract(text);
    expect(events).toHaveLength(1);
    return events[0];
  };

  it('does not turn a figure into an event', () => {
    const p = extract('Trade between Russia and the United States fell to $3.5 billion in 2024. Oil prices rose 5% on Thursday.');
    expect(p.events).toEqual([]);
    expect(p.figures.map((f) => [f.value, f.unit, f.currency])).toEqual([
      [3.5, 'billion', 'USD'],
      [5, 'percent', null],
    ]);
    // A figure in a sentence that also reports an act is still that act's event.
    expect(one('On Wednesday the US imposed a 25% tariff on imports from India.').type).toBe('sanction');
  });

  it('types the event by the verb of the date’s clause', () => {
    expect(one('In public remarks on Wednesday, Marco Rubio said the call was "a good step".').type).toBe('statement');
    expect(one('Putin phoned Trump on Tuesday.').type).toBe('call');
    expect(one('Putin and Trump spoke by phone on Tuesday, the Kremlin said.').type).toBe('call');
    expect(one('Witkoff met Dmitriev in Moscow on Tuesday.').type).toBe('meeting');
    expect(one('The US on Wednesday announced sanctions on Rosneft.').type).toBe('sanction');
    expect(one('Dmitriev, who took part in the talks in Riyadh in February, told reporters that the call was historic.').type).toBe(
      'meeting',
    );
    expect(one('Dmitriev told reporters on Monday that talks would continue.').type).toBe('statement');
  });

  it('gives no event for a deadline, a speculation or a wire dateline', () => {
    expect(extract('The Treasury said companies had until November 21 to wind down transactions.').events).toEqual([]);
    expect(extract('I think direct flights could resume this year.').events).toEqual([]);
    expect(one('WASHINGTON, Oct 23 - The US on Wednesday announced sanctions on Rosneft.').date.start).toBe('2025-10-22');
  });

  it('titles an event with a short headline, never a sentence cut off', () => {
    expect(
      one('Russian President Vladimir Putin and U.S. President Donald Trump spoke by phone on Tuesday for two hours, the Kremlin said.')
        .title,
    ).toBe('Putin and Trump speak by phone');
    expect(one('The United States on Wednesday announced sanctions on Rosneft and Lukoil, its largest oil firms.').title).toBe(
      'The United States sanctions Rosneft and Lukoil',
    );
    const long = one(
      `On Tuesday, officials from both governments, several banks, insurers, shipping firms and energy traders discussed ${'the many detailed technical questions of payments, '.repeat(6)}without agreement.`,
    );
    expect(long.title.length).toBeLessThanOrEqual(90);
    expect(long.title).not.toMatch(/[….,;:]$/);
  });

  it('attributes the summary and does not repeat the quote', () => {
    const e = one('Kremlin spokesman Dmitry Peskov told reporters on Thursday that the sanctions would have no significant impact.');
    expect(e.summary).toBe('Dmitry Peskov said on 23 October 2025 that the sanctions would have no significant impact.');
    expect(e.title).toBe('Peskov says the sanctions would have no significant impact');
    const quoted = one('"We are ready to work with American companies," Dmitriev said on Tuesday.');
    expect(quoted.summary).toMatch(/^Kirill Dmitriev /);
    expect(quoted.summary).not.toContain('We are ready');
    const reported = one('Witkoff met Dmitriev in Moscow on Tuesday, the Kremlin said.');
    expect(reported.summary).not.toBe(reported.quote);
    expect(reported.summary).toMatch(/21 October 2025.*the Kremlin said\.$/);
  });
});

describe('dates', () => {
  const ref = { date: '2025-10-23', precision: 'day' as const };
  const first = (s: string) => {
    const [d] = findDates(s, ref);
    return { start: d.start, precision: d.precision, approximate: d.approximate };
  };
  it('keeps honest precision: a month, a year, approximate for vague words', () => {
    expect(first('They met in March.')).toEqual({ start: '2025-03-01', precision: 'month', approximate: false });
    expect(first('Sanctions have applied since 2023.')).toEqual({ start: '2023-01-01', precision: 'year', approximate: false });
    expect(first('They met last week.')).toMatchObject({ start: '2025-10-13', precision: 'day', approximate: true });
    expect(first('They met recently.')).toEqual({ start: '2025-10-01', precision: 'month', approximate: true });
  });
  it('reads numeric dates through chrono-node, at the precision written', () => {
    expect(first('The memo is dated 03/18/2025.')).toEqual({ start: '2025-03-18', precision: 'day', approximate: false });
    expect(findDates('They talked for two days.', ref)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { findKnownActors, findNewNames, guessActorKind } from '@/lib/article/actors';
import { bestDate, findDates, mostRecentWeekday, type ArticleDate } from '@/lib/article/dates';
import { extractProposals } from '@/lib/article/extract';
import { findFigures } from '@/lib/article/figures';
import { findSectors } from '@/lib/article/sectors';
import { splitSentences } from '@/lib/article/sentences';
import { initialReviewValues, parseArticleReview } from '@/lib/article/review';
import { loadSeedDataset } from '@/lib/seed/load';

const seed = loadSeedDataset();
const actors = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));

// A made-up news item, dated Thursday 10 April 2025.
const ARTICLE = `Kirill Dmitriev, the head of the Russian Direct Investment Fund, said on Tuesday that Russian and US firms could work together on Arctic LNG projects. He spoke after meeting Marcus Hollander, a partner at the investment firm Northgate Capital, in Moscow last week.

Talks between the two sides first began in February, when delegations met in Riyadh. According to Dmitriev, joint projects could be worth $2 billion over the next five years. He added that Russia's output of rare earth metals could grow by 15% if Western technology were allowed back.

Analysts at the Carnegie Endowment were sceptical. The U.S. Treasury has not commented on whether sanctions would be eased. A further round of talks is expected later this month, TASS reported.`;

const proposals = extractProposals({ text: ARTICLE, publishedAt: '2025-04-10', precision: 'day', actors, sectors });
const sentences = splitSentences(ARTICLE);

describe('extractProposals on a test article dated Thursday 10 April 2025', () => {
  it('splits the article into its eight sentences, verbatim', () => {
    expect(proposals.sentenceCount).toBe(8);
    expect(sentences[1]).toBe(
      'He spoke after meeting Marcus Hollander, a partner at the investment firm Northgate Capital, in Moscow last week.',
    );
    expect(sentences[6]).toBe('The U.S. Treasury has not commented on whether sanctions would be eased.');
  });

  it('proposes one event per dated sentence, with honest dates resolved against the article date', () => {
    expect(
      proposals.events.map((e) => ({
        sentence: e.sentence,
        dateText: e.dateText,
        date: e.date,
        type: e.type,
        actors: e.actors,
        sectors: e.sectors,
      })),
    ).toEqual([
      {
        sentence: 0,
        dateText: 'on Tuesday',
        // The most recent Tuesday on or before Thursday 10 April.
        date: { start: '2025-04-08', precision: 'day', approximate: false },
        type: 'statement',
        actors: ['kirill-dmitriev', 'rdif'],
        sectors: ['arctic-northern-sea-route', 'energy'],
      },
      {
        sentence: 1,
        dateText: 'last week',
        // The week before the article's: Monday 31 March – Sunday 6 April, day not given.
        date: { start: '2025-03-31', end: '2025-04-06', precision: 'day', approximate: true },
        type: 'meeting',
        actors: ['new:marcus-hollander', 'new:northgate-capital'],
        sectors: ['trade'],
      },
      {
        sentence: 2,
        dateText: 'in February',
        date: { start: '2025-02-01', precision: 'month', approximate: false },
        type: 'meeting',
        actors: [],
        sectors: [],
      },
      {
        sentence: 7,
        dateText: 'later this month',
        date: { start: '2025-04-01', precision: 'month', approximate: false },
        type: 'meeting',
        // TASS reported the talks; it takes no part in them (it stays among the article's actors).
        actors: [],
        sectors: [],
      },
    ]);
  });

  it('keeps the sentence as the quote, with a headline title and an attributed summary', () => {
    const [tuesday, lastWeek, february] = proposals.events;
    expect(tuesday.quote).toBe(sentences[0]);
    // Attributed, with the date written out; not the quote again.
    expect(tuesday.summary).toBe(
      'Kirill Dmitriev said on 8 April 2025 that Russian and US firms could work together on Arctic LNG projects.',
    );
    expect(tuesday.title).toBe('Dmitriev says Russian and US firms could work together on Arctic LNG projects');
    expect(lastWeek.title).toBe('Meeting with Hollander and Northgate Capital in Moscow');
    expect(february.title).toBe('Talks between the two sides first began, when delegations met in Riyadh');
    for (const e of proposals.events) expect(e.title).not.toMatch(/…$/);
    expect(tuesday.dateNote).toContain('Tuesday 8 April 2025');
    expect(proposals.events[1].dateNote).toMatch(/approximate/);
  });

  it('separates known actors from new names', () => {
    expect(proposals.actors.map((a) => ({ key: a.key, known: a.known, name: a.name, kind: a.kind, mentions: a.mentions }))).toEqual([
      // "Dmitriev" alone in the fourth sentence is the same known actor.
      { key: 'kirill-dmitriev', known: true, name: 'Kirill Dmitriev', kind: 'person', mentions: 2 },
      { key: 'rdif', known: true, name: 'Russian Direct Investment Fund', kind: 'organisation', mentions: 1 },
      { key: 'new:marcus-hollander', known: false, name: 'Marcus Hollander', kind: 'person', mentions: 1 },
      { key: 'new:northgate-capital', known: false, name: 'Northgate Capital', kind: 'organisation', mentions: 1 },
      { key: 'new:carnegie-endowment', known: false, name: 'Carnegie Endowment', kind: 'organisation', mentions: 1 },
      // A one-word organisation is an actor too; "Western" (an adjective) is not.
      { key: 'new:u-s-treasury', known: false, name: 'U.S. Treasury', kind: 'organisation', mentions: 1 },
      { key: 'tass', known: true, name: 'TASS', kind: 'organisation', mentions: 1 },
    ]);
    expect(proposals.actors.find((a) => a.key === 'new:marcus-hollander')!.quote).toBe(sentences[1]);
  });

  it('finds sectors by keyword, not inside proper names', () => {
    expect(proposals.sectors.map((s) => ({ slug: s.slug, keywords: s.keywords, mentions: s.mentions }))).toEqual([
      { slug: 'arctic-northern-sea-route', keywords: ['Arctic'], mentions: 1 },
      { slug: 'energy', keywords: ['LNG'], mentions: 1 },
      // "investment firm", not the "Investment" of the fund's name.
      { slug: 'trade', keywords: ['investment'], mentions: 1 },
      { slug: 'rare-earths', keywords: ['rare earth metals'], mentions: 1 },
      { slug: 'sanctions-and-finance', keywords: ['sanctions'], mentions: 1 },
    ]);
  });

  it('proposes the figures with value, unit, currency and the sentence as quote', () => {
    expect(
      proposals.figures.map((f) => ({
        text: f.text,
        value: f.value,
        unit: f.unit,
        currency: f.currency,
        sector: f.sector,
        quote: f.quote,
      })),
    ).toEqual([
      { text: '$2 billion', value: 2, unit: 'billion', currency: 'USD', sector: null, quote: sentences[3] },
      { text: '15%', value: 15, unit: 'percent', currency: null, sector: 'rare-earths', quote: sentences[4] },
    ]);
  });

  it('is deterministic', () => {
    expect(extractProposals({ text: ARTICLE, publishedAt: '2025-04-10', precision: 'day', actors, sectors })).toEqual(proposals);
  });

  it('gives review values that the review parser accepts once ticked', () => {
    const values = initialReviewValues(
      { title: 'Test', publishedAt: '2025-04-10', publishedPrecision: 'day', text: ARTICLE, kind: 'news' },
      proposals,
    );
    const none = parseArticleReview(values);
    expect(none.ok && none.data.events).toEqual([]);
    const events = (values.events as Record<string, unknown>[]).map((e, i) => (i === 0 ? { ...e, accept: 'on' } : e));
    const one = parseArticleReview({ ...values, events: events as never });
    expect(one.ok).toBe(true);
    if (one.ok)
      expect(one.data.events[0].data).toMatchObject({
        startDate: '2025-04-08',
        precision: 'day',
        role: 'mentioned',
        actors: ['kirill-dmitriev', 'rdif'],
      });
    const bad = parseArticleReview({ ...values, events: [{ ...events[0], startDate: '2025-02-30' }] as never });
    expect(bad.ok === false && bad.fieldErrors['events.0.startDate']).toEqual(['This date does not exist']);
    // An accepted event may list a new actor only if that actor is accepted too; every problem is reported at once.
    const withNew = (values.events as Record<string, unknown>[]).map((e, i) => (i < 2 ? { ...e, accept: 'on' } : e));
    withNew[0] = { ...withNew[0], title: '' };
    const missing = parseArticleReview({ ...values, events: withNew as never });
    expect(missing.ok === false && missing.fieldErrors).toEqual({
      'events.0.title': ['Enter a title'],
      'events.1.actors': ['“Marcus Hollander”, “Northgate Capital”: accept them under “New actors”, or untick them here'],
    });
    const actorsAccepted = (values.actors as Record<string, unknown>[]).map((a) => ({ ...a, accept: 'on' }));
    const fine = parseArticleReview({
      ...values,
      events: withNew.map((e, i) => (i === 0 ? events[0] : e)) as never,
      actors: actorsAccepted as never,
    });
    expect(fine.ok && fine.data.actors.map((a) => a.data)).toEqual([
      { key: 'new:marcus-hollander', name: 'Marcus Hollander', kind: 'person' },
      { key: 'new:northgate-capital', name: 'Northgate Capital', kind: 'organisation' },
      { key: 'new:carnegie-endowment', name: 'Carnegie Endowment', kind: 'organisation' },
      { key: 'new:u-s-treasury', name: 'U.S. Treasury', kind: 'organisation' },
    ]);
  });
});

describe('relative dates', () => {
  const thursday: ArticleDate = { date: '2025-04-10', precision: 'day' };
  const dates = (s: string, ref: ArticleDate = thursday) =>
    findDates(s, ref).map((d) => ({ text: d.text, start: d.start, end: d.end, precision: d.precision, approximate: d.approximate }));

  it('resolves weekday names to the most recent such day on or before the article date', () => {
    expect(mostRecentWeekday('2025-04-03', 2)).toBe('2025-04-01'); // Thursday 3 April → Tuesday 1 April
    expect(mostRecentWeekday('2025-04-10', 4)).toBe('2025-04-10'); // the article's own weekday
    expect(dates('Putin spoke on Tuesday.', { date: '2025-04-03', precision: 'day' })).toEqual([
      { text: 'on Tuesday', start: '2025-04-01', end: undefined, precision: 'day', approximate: false },
    ]);
    expect(dates('Next Monday they meet.')[0].start).toBe('2025-04-14');
  });

  it('counts yesterday, this week and last month from the article date', () => {
    expect(dates('He said so yesterday.')[0]).toMatchObject({ start: '2025-04-09', precision: 'day', approximate: false });
    expect(dates('The deal was signed this week.')[0]).toMatchObject({
      start: '2025-04-07',
      end: '2025-04-13',
      precision: 'day',
      approximate: true,
    });
    expect(dates('Trade fell last month.')[0]).toMatchObject({ start: '2025-03-01', precision: 'month', approximate: false });
  });

  it('reads explicit dates, with a year or without one', () => {
    expect(dates('They met on 18 March 2025 and on March 20.')).toEqual([
      { text: '18 March 2025', start: '2025-03-18', end: undefined, precision: 'day', approximate: false },
      { text: 'March 20', start: '2025-03-20', end: undefined, precision: 'day', approximate: false },
    ]);
    expect(dates('It happened in March 2025.')[0]).toMatchObject({ start: '2025-03-01', precision: 'month' });
    expect(dates('Talks ran on 10–11 April 2025.')[0]).toMatchObject({ start: '2025-04-10', end: '2025-04-11', precision: 'day' });
    expect(dates('Trade shrank in 2024.')[0]).toMatchObject({ start: '2024-01-01', precision: 'year' });
    expect(dates('Nothing happened on 31 February.')).toEqual([]);
  });

  it('does not invent a day when the article itself is dated only to the month', () => {
    expect(dates('Putin spoke on Tuesday.', { date: '2025-03-01', precision: 'month' })).toEqual([
      { text: 'on Tuesday', start: '2025-03-01', end: undefined, precision: 'month', approximate: true },
    ]);
  });

  it('dates an event by the most precise mention in its sentence', () => {
    expect(bestDate(findDates('After the talks in February, they met again on Tuesday.', thursday))!.text).toBe('on Tuesday');
  });
});

describe('figures', () => {
  const figures = (s: string) => findFigures(s).map((f) => [f.value, f.unit, f.currency, f.qualifier]);
  it('reads money in its several spellings', () => {
    expect(figures('Nearly $300 billion is frozen.')).toEqual([[300, 'billion', 'USD', 'nearly']]);
    expect(figures('Trade was 300 billion dollars.')).toEqual([[300, 'billion', 'USD', null]]);
    expect(figures('They pledged €5bn.')).toEqual([[5, 'billion', 'EUR', null]]);
    expect(figures('Airlines lose up to $3 billion a year.')).toEqual([[3, 'billion per year', 'USD', 'up to']]);
  });
  it('reads quantities and percentages', () => {
    expect(figures('Output is 1.5 million barrels per day.')).toEqual([[1.5, 'million barrels per day', null, null]]);
    expect(figures('Russia holds 3.8 million metric tons.')).toEqual([[3.8, 'million metric tons', null, null]]);
    expect(figures('It rose 40% and then 12 per cent.')).toEqual([
      [40, 'percent', null, null],
      [12, 'percent', null, null],
    ]);
  });
  it('ignores years and dates', () => {
    expect(figures('In 2024 companies left on 18 March.')).toEqual([]);
  });
});

describe('actors, sectors and sentences', () => {
  it('matches aliases and longest names first', () => {
    const found = findKnownActors('Zelensky and Vladimir Putin spoke; the EU and Witkoff listened.', actors);
    expect(found.map((f) => f.slug)).toEqual(['volodymyr-zelensky', 'vladimir-putin', 'european-union', 'steve-witkoff']);
    expect(findKnownActors('the eu said', actors)).toEqual([]);
  });
  it('offers capitalised multi-word names that are not known, places or titles', () => {
    expect(
      findNewNames('Energy Minister Sergei Tsivilev met Steve Witkoff and the Bank of Russia in Saudi Arabia.', actors).map((n) => [
        n.name,
        n.kind,
      ]),
    ).toEqual([
      ['Sergei Tsivilev', 'person'],
      ['Bank of Russia', 'organisation'],
    ]);
    expect(guessActorKind('Northgate Capital')).toBe('organisation');
  });
  it('uses sector names as a fallback for sectors without keywords', () => {
    expect(findSectors('A new Quantum Computing push.', [{ slug: 'quantum', name: 'quantum computing' }]).map((s) => s.slug)).toEqual([
      'quantum',
    ]);
  });
  it('does not split after abbreviations, initials or decimals', () => {
    expect(splitSentences('Mr. Witkoff met J. Smith in the U.S. on Tuesday. Output rose 1.5 times! "Is it?" he asked.')).toEqual([
      'Mr. Witkoff met J. Smith in the U.S. on Tuesday.',
      'Output rose 1.5 times!',
      '"Is it?" he asked.',
    ]);
  });
});

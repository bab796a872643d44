/**
 * An article → proposals for the editor: dated events, actors (known and
 * new), sectors and figures, each with the sentence it came from as its
 * quote. Pure, local and deterministic: the known actors and sectors come in
 * as arguments; nothing is looked up and nothing is random.
 */
import type { EventTypeValue, Precision } from '../schemas/common';
import { slugify } from '../slug';
import { findKnownActors, findNewNames, type KnownActor } from './actors';
import { bestDate, findDates, longDay, type DateMention, type ResolvedDate } from './dates';
import { firstTrigger } from './event-type';
import { figureLabel } from './figure-label';
import { findFigures, type FigureMention } from './figures';
import { headline, summary, type Mention } from './headline';
import { findSectors, type KnownSector } from './sectors';
import { splitSentences } from './sentences';

export interface ExtractInput {
  text: string;
  /** The article's publication date (YYYY-MM-DD, the first of the period for month or year). */
  publishedAt: string;
  precision: Precision;
  actors: KnownActor[];
  sectors: KnownSector[];
  /** Who published the article: the attribution of a summary whose sentence names no source. */
  outlet?: string;
}

interface ProposedEvent {
  key: string;
  /** 0-based index of the sentence in the article. */
  sentence: number;
  quote: string;
  title: string;
  summary: string;
  type: EventTypeValue;
  date: ResolvedDate;
  /** The words the date came from ("on Tuesday"). */
  dateText: string;
  /** How the date was resolved, in words. */
  dateNote: string;
  /** Other dates in the same sentence, for the editor to choose from. */
  otherDates: { text: string; date: ResolvedDate; note: string }[];
  /** Actor keys: a known actor's slug, or "new:<slug>" for a proposed new actor. */
  actors: string[];
  sectors: string[];
}

interface ProposedActor {
  key: string;
  known: boolean;
  /** The existing actor's slug (known actors only). */
  slug: string | null;
  name: string;
  kind: 'person' | 'organisation';
  /** As written the first time. */
  text: string;
  quote: string;
  mentions: number;
}

interface ProposedSector {
  slug: string;
  name: string;
  keywords: string[];
  quote: string;
  mentions: number;
}

interface ProposedFigure {
  key: string;
  sentence: number;
  quote: string;
  /** The figure as written ("$2 billion"). */
  text: string;
  label: string;
  value: number;
  unit: string;
  currency: string | null;
  qualifier: string | null;
  sector: string | null;
  asOf: { date: string; precision: Precision } | null;
}

export interface ArticleProposals {
  sentenceCount: number;
  events: ProposedEvent[];
  actors: ProposedActor[];
  sectors: ProposedSector[];
  figures: ProposedFigure[];
  notes: string[];
}

const newActorKey = (name: string) => `new:${slugify(name)}`;

/**
 * At most this many events, figures and new actors are proposed. Each one is
 * a form row the editor reviews by hand, and the review carries its sentence
 * (quote, summary, title) both as the proposal and as the row's values: a
 * long article of dated sentences made a review answer of tens of MB.
 */
export const MAX_PROPOSED = 200;
/** The longest quote and summary the review accepts (lib/schemas/article.ts); a longer "sentence" is cut to fit. */
const QUOTE_MAX = 600;
const SUMMARY_MAX = 4000;
/** Date mentions of one sentence that are weighed for its event. */
const DATES_MAX = 50;
/** Other dates listed for one event. */
const OTHER_DATES_MAX = 20;

/**
 * The sentence's first `max` characters, verbatim (a quote must be the
 * article's words), ending at a word when one is near. A text with no
 * sentence breaks would otherwise be copied whole into every proposal.
 */
function excerpt(sentence: string, max: number): string {
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).trim();
}

/** "WASHINGTON, Oct 23 (Reuters) - ": a wire dateline, whose date is the article's, not an event's. */
const DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([^)]{1,40}\)\s*)?[-–—]{1,2}\s+/;

/** Where clauses break: commas, semicolons, colons, dashes, brackets. */
const CLAUSE_BREAK = /[,;:()]|\s[–—-]\s/g;

type Breaks = (readonly [number, number])[];
const breaksOf = (sentence: string): Breaks => [...sentence.matchAll(CLAUSE_BREAK)].map((m) => [m.index, m.index + m[0].length] as const);

/**
 * The clause around [start, end): between the nearest breaks. An opening
 * phrase that is only the date ("On April 2,") takes the next clause.
 * The breaks are found once per sentence and searched by halves.
 */
function clauseAround(sentence: string, breaks: Breaks, start: number, end: number): [number, number] {
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid][0] < start) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? breaks[lo - 1][1] : 0;
  const after = breaks.slice(lo, lo + 4).find(([b]) => b >= end);
  const to = after ? after[0] : sentence.length;
  const rest = (sentence.slice(from, start) + sentence.slice(end, to)).trim();
  if (rest.split(/\s+/).filter(Boolean).length < 3) {
    const i = breaks.findIndex(([b]) => b === to);
    if (to < sentence.length) return [from, breaks[i + 1] ? breaks[i + 1][0] : sentence.length];
    const j = breaks.findIndex(([, e]) => e === from);
    return [j > 0 ? breaks[j - 1][1] : 0, to];
  }
  return [from, to];
}

/** The attribution closing a sentence: ", TASS reported.", ", the Russian Direct Investment Fund said." */
const REPORTED_BY = /,\s+(?:the\s+)?[A-Z][^,]{0,60}?\s(?:said|reported|says|reports|announced)[.!]?["”’]?\s*$/;
/** "…, according to RDIF." at the end of a sentence. */
const ACCORDING_TO = /,?\s*according to [^,.]{2,60}[.!]?["”’]?\s*$/i;

/** A modal before the date in its clause ("could resume this year"): speculation, not an event. */
const SPECULATION = /\b(?:could|might|may|would|hopes? to|expects? to)\b/;

function dateWords(d: ResolvedDate): string {
  const label = (iso: string) => longDay(iso).split(' ').slice(1).join(' ');
  const c = d.approximate ? 'c. ' : '';
  if (d.precision === 'year') return `in ${c}${d.start.slice(0, 4)}`;
  if (d.precision === 'month') return `in ${c}${label(d.start).split(' ').slice(1).join(' ')}`;
  if (d.end) return `${d.approximate ? 'between' : 'from'} ${label(d.start)} ${d.approximate ? 'and' : 'to'} ${label(d.end)}`;
  return `on ${c}${label(d.start)}`;
}

/** At most this many words (no clause break) between a figure and a date that dates it ("$3.5 billion in 2024"). */
const FIGURE_DATE_GAP = /^[^,;:()–—]{0,30}$/;

/** The date written right after a figure ("$35 billion in 2021", "$2 billion last year"): the figure's as-of date. */
function dateAfter(sentence: string, figure: FigureMention, dates: DateMention[]): DateMention | undefined {
  const end = figure.index + figure.text.length;
  return dates.find((d) => d.index >= end && FIGURE_DATE_GAP.test(sentence.slice(end, d.index)) && d.index - end <= 30);
}

/** The event a dated sentence records, or null when its dates only qualify a statistic, a deadline or a speculation. */
function eventOf(sentence: string, dates: DateMention[], figures: FigureMention[]) {
  const hasFigures = figures.length > 0;
  const breaks = breaksOf(sentence);
  // "He said trade fell to $3.5 billion in 2024": a year that dates a figure dates no event, whatever the verb.
  // (A day after a figure, "offered a $2 billion deal on Monday", is still the offer's.)
  const ofFigures = new Set(figures.map((f) => dateAfter(sentence, f, dates)).filter((d) => d?.precision === 'year'));
  const usable = dates.filter((d) => {
    if (ofFigures.has(d)) return false;
    const [from] = clauseAround(sentence, breaks, d.index, d.index + d.text.length);
    return !d.deadline && !SPECULATION.test(sentence.slice(from, d.index));
  });
  const best = bestDate(usable);
  if (!best) return null;
  const clause = clauseAround(sentence, breaks, best.index, best.index + best.text.length);
  const inClause = firstTrigger(sentence.slice(clause[0], clause[1]));
  // "Trade fell to $3.5 billion in 2024": a date that only dates a figure is the figure's, not an event's.
  if (hasFigures && !inClause) return null;
  const type: EventTypeValue = inClause?.type ?? firstTrigger(sentence)?.type ?? 'other';
  return { best, clause, type };
}

export function extractProposals(input: ExtractInput): ArticleProposals {
  const sentences = splitSentences(input.text);
  // The dateline's date is the article's own; it dates no event.
  if (sentences[0] && DATELINE.test(sentences[0])) sentences[0] = sentences[0].replace(DATELINE, '');
  const article = { date: input.publishedAt, precision: input.precision };
  const events: ProposedEvent[] = [];
  const figures: ProposedFigure[] = [];
  const actors = new Map<string, ProposedActor>();
  const sectors = new Map<string, ProposedSector>();

  const found = sentences.map((sentence) => {
    const known = findKnownActors(sentence, input.actors);
    return { known, fresh: findNewNames(sentence, input.actors, known) };
  });
  // A surname alone ("Bessent said") is the person named in full elsewhere in the article ("Scott Bessent").
  const fullNames = new Map<string, string>();
  for (const { fresh } of found)
    for (const n of fresh) if (!n.single && n.kind === 'person') fullNames.set(n.name.split(' ').slice(-1)[0].toLowerCase(), n.name);

  let eventCount = 0;
  let figureCount = 0;
  let newActorCount = 0;
  sentences.forEach((sentence, index) => {
    const quote = excerpt(sentence, QUOTE_MAX);
    const { known } = found[index];
    const fresh = found[index].fresh.flatMap((n) => {
      if (!n.single) return [n];
      const full = fullNames.get(n.name.toLowerCase());
      if (full) return [{ ...n, name: full, kind: 'person' as const }];
      // A lone word the lexicon knows as a surname is part of a name the article never gives in full: not an actor.
      return n.kind === 'person' ? [] : [n];
    });
    const sentenceSectors = findSectors(sentence, input.sectors);
    const actorKeys: string[] = [];
    const mentions: Mention[] = [];
    for (const k of known) {
      // "Kremlin envoy Kirill Dmitriev": the Kremlin is mentioned in the article, but is no party to this event.
      if (!k.describes) {
        if (!actorKeys.includes(k.slug)) actorKeys.push(k.slug);
        mentions.push({ index: k.index, end: k.index + k.text.length, name: k.name, kind: k.kind });
      }
      const seen = actors.get(k.slug);
      if (seen) seen.mentions++;
      else
        actors.set(k.slug, {
          key: k.slug,
          known: true,
          slug: k.slug,
          name: k.name,
          kind: k.kind,
          text: k.text,
          quote,
          mentions: 1,
        });
    }
    for (const n of fresh) {
      const key = newActorKey(n.name);
      mentions.push({ index: n.index, end: n.index + n.name.length, name: n.name, kind: n.kind });
      const seen = actors.get(key);
      if (seen) {
        seen.mentions++;
        if (!actorKeys.includes(key)) actorKeys.push(key);
      } else if (++newActorCount <= MAX_PROPOSED) {
        actors.set(key, { key, known: false, slug: null, name: n.name, kind: n.kind, text: n.name, quote, mentions: 1 });
        actorKeys.push(key);
      }
    }
    mentions.sort((a, b) => a.index - b.index);
    for (const s of sentenceSectors) {
      const seen = sectors.get(s.slug);
      if (seen) {
        seen.mentions++;
        for (const k of s.keywords) if (!seen.keywords.some((x) => x.toLowerCase() === k.toLowerCase())) seen.keywords.push(k);
      } else sectors.set(s.slug, { slug: s.slug, name: s.name, keywords: [...s.keywords], quote, mentions: 1 });
    }

    // A real sentence has a few dates; a pasted table or a hostile text may have thousands, and each is worked on below.
    const dates = findDates(sentence, article).slice(0, DATES_MAX);
    const sentenceFigures = findFigures(sentence);
    const event = eventOf(sentence, dates, sentenceFigures);
    if (event && ++eventCount <= MAX_PROPOSED) {
      const { best, clause, type } = event;
      // "…met Witkoff on Friday, TASS reported": who reports an act took no part in it (a statement's speaker did).
      const source = REPORTED_BY.exec(sentence) ?? ACCORDING_TO.exec(sentence);
      const reporters = new Set(
        source
          ? [
              ...known.filter((k) => k.index >= source.index).map((k) => k.slug),
              ...fresh.filter((n) => n.index >= source.index).map((n) => newActorKey(n.name)),
            ]
          : [],
      );
      const { text, note, index: _i, relative: _r, deadline: _d, ...date } = best;
      // Worded from the quote (at most QUOTE_MAX characters), so that no rule runs over a whole 100 KB "sentence".
      const words = {
        sentence: quote,
        clause: [Math.min(clause[0], quote.length), Math.min(clause[1], quote.length)] as [number, number],
        type,
        when: dateWords(date),
        dates: dates.filter((d) => d.index + d.text.length <= quote.length),
        actors: mentions.filter((m) => m.end <= quote.length),
        outlet: input.outlet,
      };
      events.push({
        key: `e${events.length + 1}`,
        sentence: index,
        quote,
        title: excerpt(headline(words), 200),
        summary: excerpt(summary(words), SUMMARY_MAX),
        type,
        date,
        dateText: text,
        dateNote: note,
        otherDates: dates
          .filter((d) => d !== best)
          .slice(0, OTHER_DATES_MAX)
          .map(({ text: t, note: n, index: _x, relative: _y, deadline: _z, ...d }) => ({ text: t, date: d, note: n })),
        actors: type === 'statement' ? actorKeys : actorKeys.filter((key) => !reporters.has(key)),
        sectors: sentenceSectors.map((s) => s.slug),
      });
    }

    const sentenceDate = bestDate(dates);
    for (const f of sentenceFigures) {
      if (++figureCount > MAX_PROPOSED) continue;
      // "fell to $3.5 billion in 2024 from $35 billion in 2021": each figure is dated by the date written after it.
      const asOfDate = dateAfter(sentence, f, dates) ?? sentenceDate;
      const asOf = asOfDate ? { date: asOfDate.start, precision: asOfDate.precision } : null;
      figures.push({
        key: `f${figures.length + 1}`,
        sentence: index,
        quote,
        text: f.text,
        label: figureLabel(quote, f, asOf, sentenceFigures),
        value: f.value,
        unit: f.unit,
        currency: f.currency,
        qualifier: f.qualifier,
        sector: sentenceSectors[0]?.slug ?? null,
        asOf,
      });
    }
  });

  const notes: string[] = [];
  if (input.precision === 'day') {
    notes.push(`Relative dates (“on Tuesday”, “last week”) are counted from the article's date, ${longDay(input.publishedAt)}.`);
  } else {
    notes.push(
      `The article's date is known only to the ${input.precision}, so relative dates (“on Tuesday”, “yesterday”) are placed in that ${input.precision} and marked approximate.`,
    );
  }
  const capped = (count: number, what: string) =>
    count > MAX_PROPOSED &&
    notes.push(`Showing the first ${MAX_PROPOSED} of ${count} ${what}; paste a shorter part of the article for the rest.`);
  capped(eventCount, 'dated events');
  capped(figureCount, 'figures');
  capped(newActorCount, 'new names');
  if (sentences.length === 0) notes.push('The text has no sentences.');
  else if (events.length === 0) notes.push('No sentence carries a date, so no events are proposed.');
  return { sentenceCount: sentences.length, events, actors: [...actors.values()], sectors: [...sectors.values()], figures, notes };
}

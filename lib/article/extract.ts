/**
 * An article → proposals for the editor: dated events, actors (known and
 * new), sectors and figures, each with the sentence it came from as its
 * quote. Pure, local and deterministic: the known actors and sectors come in
 * as arguments; nothing is looked up and nothing is random.
 */
import type { EventTypeValue, Precision } from '../schemas/common';
import { slugify } from '../slug';
import { findKnownActors, findNewNames, type KnownActor } from './actors';
import { bestDate, findDates, longDay, type ResolvedDate } from './dates';
import { findFigures } from './figures';
import { findSectors, type KnownSector } from './sectors';
import { splitSentences } from './sentences';

export interface ExtractInput {
  text: string;
  /** The article's publication date (YYYY-MM-DD, the first of the period for month or year). */
  publishedAt: string;
  precision: Precision;
  actors: KnownActor[];
  sectors: KnownSector[];
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

/** A short title from a sentence: no leading date phrase, no final full stop, at most ~100 characters. */
function titleFrom(sentence: string, max = 100): string {
  let t = sentence
    // Each `(?<!…)` starts a match only at a run's first mark: a long run not at the end is then scanned once, not once per mark.
    .replace(/^["“'‘]+|(?<!["”'’])["”'’]+$/g, '')
    .replace(/^(?:(?:on|in|last|earlier|later|this|next|yesterday|today|over the)\b[^,]{0,40},\s+)/i, '')
    .replace(/(?<![.!?;:])[.!?;:]+["”'’)]*$/, '')
    .trim();
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut.slice(0, max)).replace(/[,;:–-]+$/, '')}…`;
}

const SANCTION_VERB = /\b(?:imposed|lifted|eased|extended|tightened|announced|added)\b/i;
const SANCTION_WORD = /\bsanctions?\b/gi;

/**
 * "imposed … sanctions" within one clause (no full stop between), or
 * "sanctions on/against". Was one regex, `verb\b[^.]*\bsanctions?`, which
 * rescans the rest of the clause from every verb: quadratic on a long text
 * repeating the verb. Here each clause is scanned from its first verb only.
 */
function mentionsSanctionAction(sentence: string): boolean {
  if (/\bsanctions? (?:on|against)\b/i.test(sentence)) return true;
  return sentence.split('.').some((clause) => {
    const verb = SANCTION_VERB.exec(clause);
    if (!verb) return false;
    SANCTION_WORD.lastIndex = verb.index + verb[0].length;
    return SANCTION_WORD.test(clause);
  });
}

const TYPE_RULES: [EventTypeValue, { test: (sentence: string) => boolean }][] = [
  ['call', /\b(phone call|phoned|telephone|spoke by phone|call with|called)\b/i],
  ['sanction', { test: mentionsSanctionAction }],
  ['legal', /\b(court|lawsuit|sued|ruling|ruled|indicted|indictment|charged)\b/i],
  ['visit', /\b(visit|visited|visits|visiting|trip to|travell?ed to|arrived in|flew to)\b/i],
  ['meeting', /\b(met|meet|meets|meeting|talks|summit|negotiations?|negotiated|held discussions)\b/i],
  ['proposal', /\b(proposed|proposes|proposal|offered|offers|suggested|suggests)\b/i],
  ['statement', /\b(said|says|told|stated|announced|declared|according to|wrote|posted|warned|added)\b/i],
];

function guessEventType(sentence: string): EventTypeValue {
  return TYPE_RULES.find(([, re]) => re.test(sentence))?.[0] ?? 'other';
}

export function extractProposals(input: ExtractInput): ArticleProposals {
  const sentences = splitSentences(input.text);
  const article = { date: input.publishedAt, precision: input.precision };
  const events: ProposedEvent[] = [];
  const figures: ProposedFigure[] = [];
  const actors = new Map<string, ProposedActor>();
  const sectors = new Map<string, ProposedSector>();

  let eventCount = 0;
  let figureCount = 0;
  let newActorCount = 0;
  sentences.forEach((sentence, index) => {
    // Computed at most once per sentence, however many events and figures it carries.
    let title: string | undefined;
    let label: string | undefined;
    const quote = excerpt(sentence, QUOTE_MAX);
    const known = findKnownActors(sentence, input.actors);
    const fresh = findNewNames(sentence, input.actors, known);
    const sentenceSectors = findSectors(sentence, input.sectors);
    const actorKeys: string[] = [];
    for (const k of known) {
      if (!actorKeys.includes(k.slug)) actorKeys.push(k.slug);
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
      if (!actorKeys.includes(key)) actorKeys.push(key);
      const seen = actors.get(key);
      if (seen) seen.mentions++;
      else if (++newActorCount <= MAX_PROPOSED)
        actors.set(key, { key, known: false, slug: null, name: n.name, kind: n.kind, text: n.name, quote, mentions: 1 });
    }
    for (const s of sentenceSectors) {
      const seen = sectors.get(s.slug);
      if (seen) {
        seen.mentions++;
        for (const k of s.keywords) if (!seen.keywords.some((x) => x.toLowerCase() === k.toLowerCase())) seen.keywords.push(k);
      } else sectors.set(s.slug, { slug: s.slug, name: s.name, keywords: [...s.keywords], quote, mentions: 1 });
    }

    const dates = findDates(sentence, article);
    const best = bestDate(dates);
    if (best && ++eventCount <= MAX_PROPOSED) {
      const { text, note, index: _i, relative: _r, ...date } = best;
      events.push({
        key: `e${events.length + 1}`,
        sentence: index,
        quote,
        title: (title ??= titleFrom(sentence)),
        summary: excerpt(sentence, SUMMARY_MAX),
        type: guessEventType(sentence),
        date,
        dateText: text,
        dateNote: note,
        otherDates: dates
          .filter((d) => d !== best)
          .slice(0, OTHER_DATES_MAX)
          .map(({ text: t, note: n, index: _x, relative: _y, ...d }) => ({ text: t, date: d, note: n })),
        actors: actorKeys,
        sectors: sentenceSectors.map((s) => s.slug),
      });
    }

    for (const f of findFigures(sentence)) {
      if (++figureCount > MAX_PROPOSED) continue;
      const asOf = best ? { date: best.start, precision: best.precision } : null;
      figures.push({
        key: `f${figures.length + 1}`,
        sentence: index,
        quote,
        text: f.text,
        label: `${(label ??= titleFrom(sentence, 140))}${f.qualifier ? ` (“${f.qualifier}”)` : ''}`,
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

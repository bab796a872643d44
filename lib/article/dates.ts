/**
 * Dates in a sentence, explicit ("18 March 2025", "March 2025", "in
 * February") or relative ("on Tuesday", "yesterday", "last week"), resolved
 * against the article's publication date with honest precision. Pure and
 * deterministic: the same sentence and article date give the same answer.
 */
import * as chrono from 'chrono-node';
import { MONTHS } from '../dates';
import type { Precision } from '../schemas/common';

export interface ArticleDate {
  /** YYYY-MM-DD; the first day of the period when the precision is a month or a year. */
  date: string;
  precision: Precision;
}

export interface ResolvedDate {
  start: string;
  precision: Precision;
  end?: string;
  approximate: boolean;
}

export interface DateMention extends ResolvedDate {
  /** The words as written ("on Tuesday"). */
  text: string;
  index: number;
  relative: boolean;
  /** How the date was worked out, for the editor. */
  note: string;
  /** A deadline ("until November 21", "by Friday"): when something must happen, not when it did. */
  deadline: boolean;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTH_ABBR: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};
const MONTH = `(?:${MONTHS.join('|')}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)(?![A-Za-z])`;
const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';
/** "in|last" → "[Ii]n|[Ll]ast": prepositions may start the sentence; month and day names stay capitalised. */
const words = (list: string) =>
  list
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

// ---------------------------------------------------------------------------
// Calendar arithmetic on YYYY-MM-DD strings (UTC, no time zones).

const toDate = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const toIso = (d: Date) => d.toISOString().slice(0, 10);
const DAY = 86_400_000;

function addDays(iso: string, days: number): string {
  return toIso(new Date(toDate(iso).getTime() + days * DAY));
}

const ymd = (y: number, m: number, d: number) =>
  `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function exists(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m && date.getUTCDate() === d;
}

/** The most recent given weekday (0 = Sunday) on or before the date. */
export function mostRecentWeekday(iso: string, weekday: number): string {
  const back = (toDate(iso).getUTCDay() - weekday + 7) % 7;
  return addDays(iso, -back);
}

/** The Monday of the (ISO) week the date falls in. */
function mondayOf(iso: string): string {
  return addDays(iso, -((toDate(iso).getUTCDay() + 6) % 7));
}

/** "Thursday 10 April 2025" */
export function longDay(iso: string): string {
  const d = toDate(iso);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

const shortDay = (iso: string) => {
  const d = toDate(iso);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};
const monthLabel = (iso: string) => `${MONTHS[toDate(iso).getUTCMonth()]} ${iso.slice(0, 4)}`;

function monthIndex(word: string): number {
  const full = MONTHS.findIndex((m) => m.toLowerCase() === word.toLowerCase());
  return full !== -1 ? full : MONTH_ABBR[word.toLowerCase().replace(/\.$/, '')];
}

/** The first day of the period the date is in. */
function periodStart(iso: string, precision: Precision): string {
  if (precision === 'year') return `${iso.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${iso.slice(0, 7)}-01`;
  return iso;
}

/**
 * A day or month written without a year: the most recent one on or before
 * the article's date, unless the next one is within about three months
 * ahead (articles speak of coming talks too).
 */
function yearFor(reference: string, month: number, day = 1): number {
  const y = Number(reference.slice(0, 4));
  const ref = toDate(reference).getTime();
  const past = Date.UTC(y, month, day) <= ref ? y : y - 1;
  const future = past + 1;
  return Date.UTC(future, month, day) - ref <= 92 * DAY ? future : past;
}

// ---------------------------------------------------------------------------

interface Rule {
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ref: string) => (ResolvedDate & { note: string; relative: boolean; finest: Precision }) | null;
}

const rules: Rule[] = [
  // 10–11 April 2025, 10-11 April
  {
    pattern: new RegExp(
      `\\b(\\d{1,2})${ORDINAL}\\s*(?:[–-]|to)\\s*(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?(?![\\d])`,
      'g',
    ),
    resolve: (m, ref) => dayRange(Number(m[1]), Number(m[2]), monthIndex(m[3]), m[4], ref),
  },
  // April 10–11, 2025
  {
    pattern: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})${ORDINAL}\\s*(?:[–-]|to)\\s*(\\d{1,2})${ORDINAL}(?:,?\\s+(\\d{4}))?(?![\\d])`, 'g'),
    resolve: (m, ref) => dayRange(Number(m[2]), Number(m[3]), monthIndex(m[1]), m[4], ref),
  },
  // (Tuesday,) 18 March 2025 / 18th of March
  {
    pattern: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH})(?:,?\\s+(\\d{4}))?(?![\\d])`,
      'g',
    ),
    resolve: (m, ref) => oneDay(Number(m[1]), monthIndex(m[2]), m[3], ref),
  },
  // (Tuesday,) March 18(, 2025)
  {
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH})\\s+(\\d{1,2})${ORDINAL}(?![\\d])(?:,?\\s+(\\d{4})(?![\\d]))?`, 'g'),
    resolve: (m, ref) => oneDay(Number(m[2]), monthIndex(m[1]), m[3], ref),
  },
  // 2025-03-18
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    resolve: (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
      if (!exists(y, mo, d)) return null;
      return { start: ymd(y, mo, d), precision: 'day', approximate: false, relative: false, finest: 'day', note: 'The day is given.' };
    },
  },
  // (early|mid|late) March 2025
  {
    pattern: new RegExp(`\\b(?:(early|mid|late)[-\\s]+)?(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})(?![\\d])`, 'g'),
    resolve: (m) => {
      const start = ymd(Number(m[3]), monthIndex(m[2]), 1);
      return {
        start,
        precision: 'month',
        approximate: false,
        relative: false,
        finest: 'month',
        note: m[1] ? `Only the month is given (“${m[1]}”): ${monthLabel(start)}.` : `Only the month is given: ${monthLabel(start)}.`,
      };
    },
  },
  // yesterday, today, tomorrow
  {
    pattern: /\b(yesterday|today|tomorrow)\b/gi,
    resolve: (m, ref) => {
      const word = m[1].toLowerCase();
      const start = addDays(ref, word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0);
      return {
        start,
        precision: 'day',
        approximate: false,
        relative: true,
        finest: 'day',
        note: `“${m[1]}” counted from the article's date: ${longDay(start)}.`,
      };
    },
  },
  // three days ago, two weeks ago
  {
    pattern: /\b(\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+(days?|weeks?)\s+ago\b/gi,
    resolve: (m, ref) => {
      const n = /\d/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1].toLowerCase()];
      const weeks = m[2].toLowerCase().startsWith('week');
      const start = addDays(ref, -n * (weeks ? 7 : 1));
      return weeks
        ? {
            start,
            precision: 'day',
            approximate: true,
            relative: true,
            finest: 'day',
            note: `“${m[0]}” counted from the article's date; the day is not given, so the date is approximate.`,
          }
        : {
            start,
            precision: 'day',
            approximate: false,
            relative: true,
            finest: 'day',
            note: `“${m[0]}” counted from the article's date: ${longDay(start)}.`,
          };
    },
  },
  // last week, this week, earlier this week, next week
  {
    pattern: /\b(last|this|next|earlier this|later this|the previous|the past)\s+week\b(?!end)/gi,
    resolve: (m, ref) => {
      const which = m[1].toLowerCase();
      const monday = mondayOf(ref);
      let start = which === 'last' || which === 'the previous' ? addDays(monday, -7) : which === 'next' ? addDays(monday, 7) : monday;
      let end = addDays(start, 6);
      if (which === 'the past') [start, end] = [addDays(ref, -7), addDays(ref, -1)];
      if (which === 'earlier this') end = ref > monday ? addDays(ref, -1) : monday;
      if (which === 'later this') [start, end] = [ref < end ? addDays(ref, 1) : end, end];
      return {
        start,
        end,
        precision: 'day',
        approximate: true,
        relative: true,
        finest: 'day',
        note: `“${m[0]}”: some day between ${shortDay(start)} and ${shortDay(end)}, counted from the article's date; the day is not given, so the date is approximate.`,
      };
    },
  },
  // last weekend, over the weekend
  {
    pattern: /\b(last|this|over the|at the|on the|next)\s+weekend\b/gi,
    resolve: (m, ref) => {
      const which = m[1].toLowerCase();
      const saturday = which === 'next' ? addDays(mostRecentWeekday(ref, 6), 7) : mostRecentWeekday(addDays(ref, -1), 6);
      const end = addDays(saturday, 1);
      return {
        start: saturday,
        end,
        precision: 'day',
        approximate: true,
        relative: true,
        finest: 'day',
        note: `“${m[0]}”: ${shortDay(saturday)} or ${shortDay(end)}; the day is not given, so the date is approximate.`,
      };
    },
  },
  // last month, this month, earlier this month
  {
    pattern: /\b(last|this|next|earlier this|later this|the previous)\s+month\b/gi,
    resolve: (m, ref) => {
      const which = m[1].toLowerCase();
      const y = Number(ref.slice(0, 4));
      const mo = Number(ref.slice(5, 7)) - 1;
      const shift = which === 'last' || which === 'the previous' ? -1 : which === 'next' ? 1 : 0;
      const d = new Date(Date.UTC(y, mo + shift, 1));
      const start = ymd(d.getUTCFullYear(), d.getUTCMonth(), 1);
      return {
        start,
        precision: 'month',
        approximate: false,
        relative: true,
        finest: 'month',
        note: `“${m[0]}” counted from the article's date: ${monthLabel(start)}; only the month is given.`,
      };
    },
  },
  // last year, this year
  {
    pattern: /\b(last|this|next)\s+year\b/gi,
    resolve: (m, ref) => {
      const which = m[1].toLowerCase();
      const y = Number(ref.slice(0, 4)) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
      return {
        start: `${y}-01-01`,
        precision: 'year',
        approximate: false,
        relative: true,
        finest: 'year',
        note: `“${m[0]}” counted from the article's date: ${y}; only the year is given.`,
      };
    },
  },
  // recently, in recent days/weeks: some time before the article's date, no more is known.
  {
    pattern: /\b(recently|in recent (?:days|weeks))\b/gi,
    resolve: (m, ref) => {
      const start = periodStart(ref, 'month');
      return {
        start,
        precision: 'month',
        approximate: true,
        relative: true,
        finest: 'month',
        note: `“${m[0]}”: some time before the article's date; placed c. ${monthLabel(start)} and marked approximate.`,
      };
    },
  },
  // (on|last|next) Tuesday — after the day-month rules, which take "Tuesday, 8 April" whole.
  {
    pattern: new RegExp(`\\b(?:(${words('on|last|next|this|this past|this coming|since|by|until')})\\s+)?(${WEEKDAY})\\b`, 'g'),
    resolve: (m, ref) => {
      const which = (m[1] ?? '').toLowerCase();
      const weekday = WEEKDAYS.indexOf(m[2]);
      let start = mostRecentWeekday(ref, weekday);
      let how = `the most recent ${m[2]} on or before the article's date`;
      if (which === 'last' && start === ref) start = addDays(start, -7);
      if (which === 'next' || which === 'this coming') {
        start = addDays(mostRecentWeekday(ref, weekday), 7);
        how = `the first ${m[2]} after the article's date`;
      }
      return {
        start,
        precision: 'day',
        approximate: false,
        relative: true,
        finest: 'day',
        note: `“${m[0]}”: ${how}, ${longDay(start)}. If the sentence means another week, change it.`,
      };
    },
  },
  // in February, in early March, last February
  {
    pattern: new RegExp(
      `\\b(${words('in|during|of|last|this|next|early|mid|late|earlier in|later in')})\\s+(?:(early|mid|late)[-\\s]+)?(${MONTH})\\b(?!\\s*\\d)`,
      'g',
    ),
    resolve: (m, ref) => {
      const which = m[1].toLowerCase();
      const month = monthIndex(m[3]);
      const y = Number(ref.slice(0, 4));
      const refMonth = Number(ref.slice(5, 7)) - 1;
      let year = yearFor(ref, month);
      if (which === 'last') year = month < refMonth ? y : y - 1;
      if (which === 'next') year = month > refMonth ? y : y + 1;
      if (which === 'this') year = y;
      const start = ymd(year, month, 1);
      return {
        start,
        precision: 'month',
        approximate: false,
        relative: true,
        finest: 'month',
        note: `“${m[0]}”: only the month is given; the year (${year}) is taken from the article's date, giving ${monthLabel(start)}.`,
      };
    },
  },
  // in 2024, in early 2024, since 2023
  {
    pattern: /\b([Ii]n|[Dd]uring|[Ss]ince)\s+(?:(early|mid|late)[-\s]+)?((?:19|20)\d{2})\b(?!\s*[-–]\s*\d)/g,
    resolve: (m) => ({
      start: `${m[3]}-01-01`,
      precision: 'year',
      approximate: false,
      relative: false,
      finest: 'year',
      note: `Only the year is given: ${m[3]}.`,
    }),
  },
];

function oneDay(day: number, month: number, yearText: string | undefined, ref: string) {
  if (month === undefined || Number.isNaN(month)) return null;
  const year = yearText ? Number(yearText) : yearFor(ref, month, day);
  if (!exists(year, month, day)) return null;
  const start = ymd(year, month, day);
  return {
    start,
    precision: 'day' as const,
    approximate: false,
    relative: !yearText,
    finest: 'day' as const,
    note: yearText ? 'The day is given.' : `The day is given without a year; ${year} is taken from the article's date.`,
  };
}

function dayRange(from: number, to: number, month: number, yearText: string | undefined, ref: string) {
  const first = oneDay(from, month, yearText, ref);
  if (!first) return null;
  const year = Number(first.start.slice(0, 4));
  if (to <= from || !exists(year, month, to)) return null;
  return { ...first, end: ymd(year, month, to), note: `${first.note} The event spans several days.` };
}

const rank: Record<Precision, number> = { year: 1, month: 2, day: 3 };

/**
 * Every date mention in the sentence, in order of appearance. Relative
 * dates are counted from the article's date; when that date is itself known
 * only to the month or year, finer mentions ("on Tuesday") are placed in
 * the article's period and marked approximate rather than given a made-up day.
 */
/** Sentences longer than this are not given to chrono (its cost grows with the text); the rules above still read them. */
const CHRONO_MAX = 600;
const DEADLINE_BEFORE = /\b(?:until|till|by|before|no later than|deadline of)\s+(?:the\s+)?$/i;

/**
 * Dates the rules above do not read ("03/18/2025", "the 18th of March,
 * 2025" written otherwise), read by chrono-node against the article's date.
 * Only what chrono says the text states is kept, at that precision: a day,
 * a month or a year. Weekdays and relative words stay with the rules, whose
 * precision and "approximate" are honest.
 */
function chronoDates(sentence: string, ref: string, taken: Uint8Array) {
  if (sentence.length > CHRONO_MAX || !/\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/.test(sentence)) return [];
  const out: { start: number; text: string; date: ResolvedDate; note: string }[] = [];
  for (const r of chrono.parse(sentence, { instant: new Date(`${ref}T12:00:00Z`), timezone: 0 })) {
    const start = r.index;
    const end = start + r.text.length;
    // Only a date the text writes out: a month's name, a numeric date or a year. "two days", "last week" stay with the rules.
    if (!/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,4}[-/.]\d{1,2}|\b(?:19|20)\d{2}\b/.test(r.text)) continue;
    if (/\b(?:ago|days?|weeks?|months?|years?|hours?)\b/i.test(r.text)) continue;
    if (taken.subarray(start, end).includes(1)) continue;
    const c = r.start;
    const month = c.isCertain('month') ? c.get('month')! - 1 : null;
    const day = c.isCertain('day') ? c.get('day')! : null;
    const yearKnown = c.isCertain('year');
    if (month === null && !yearKnown) continue;
    const year = yearKnown ? c.get('year')! : yearFor(ref, month ?? 0, day ?? 1);
    if (day !== null && month !== null) {
      if (!exists(year, month, day)) continue;
      out.push({
        start,
        text: r.text,
        date: { start: ymd(year, month, day), precision: 'day', approximate: false },
        note: `“${r.text}”: the day is given.`,
      });
    } else if (month !== null) {
      out.push({
        start,
        text: r.text,
        date: { start: ymd(year, month, 1), precision: 'month', approximate: false },
        note: `“${r.text}”: only the month is given.`,
      });
    } else {
      out.push({
        start,
        text: r.text,
        date: { start: `${year}-01-01`, precision: 'year', approximate: false },
        note: `“${r.text}”: only the year is given.`,
      });
    }
    taken.fill(1, start, end);
  }
  return out;
}

/**
 * Every date mention in the sentence, in order of appearance. Relative
 * dates are counted from the article's date; when that date is itself known
 * only to the month or year, finer mentions ("on Tuesday") are placed in
 * the article's period and marked approximate rather than given a made-up day.
 */
export function findDates(sentence: string, article: ArticleDate): DateMention[] {
  // Characters already read as a date: an overlap check per match that does not grow with the number found.
  const taken = new Uint8Array(sentence.length);
  const found: DateMention[] = [];
  const ref = article.date;
  const deadline = (start: number, text: string) =>
    DEADLINE_BEFORE.test(sentence.slice(Math.max(0, start - 20), start)) || /^(?:until|till|by)\b/i.test(text);
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const resolved = rule.resolve(m as unknown as RegExpExecArray, ref);
      if (!resolved) continue;
      taken.fill(1, start, end);
      const { finest, relative, note, ...date } = resolved;
      let mention: DateMention = { ...date, text: m[0], index: start, relative, note, deadline: deadline(start, m[0]) };
      if (relative && rank[finest] > rank[article.precision]) {
        const period = periodStart(ref, article.precision);
        const label = article.precision === 'month' ? monthLabel(period) : period.slice(0, 4);
        mention = {
          start: period,
          precision: article.precision,
          approximate: true,
          text: m[0],
          index: start,
          relative,
          deadline: mention.deadline,
          note: `“${m[0]}” is relative, and the article's date is known only to the ${article.precision}, so it can only be placed c. ${label}.`,
        };
      }
      found.push(mention);
    }
  }
  for (const c of chronoDates(sentence, ref, taken))
    found.push({ ...c.date, text: c.text, index: c.start, relative: false, note: c.note, deadline: deadline(c.start, c.text) });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The mention an event is best dated by: the most precise, exact before
 * approximate, then the first. A deadline dates no event ("had until
 * November 21 to wind down"), so it is chosen only by `bestDate(…, true)`.
 */
export function bestDate(mentions: DateMention[], deadlines = false): DateMention | null {
  let best: DateMention | null = null;
  const score = (d: DateMention) => rank[d.precision] * 2 - (d.approximate ? 1 : 0);
  for (const m of mentions) if ((deadlines || !m.deadline) && (!best || score(m) > score(best))) best = m;
  return best;
}

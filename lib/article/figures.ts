/**
 * Money and quantities in a sentence ("$300 billion", "300 billion dollars",
 * "€5bn", "1.5 million barrels", "40%") → value, unit and currency, in the
 * shape the Figure records use: 300 + "billion" + "USD". Pure.
 */

export interface FigureMention {
  /** The words as written. */
  text: string;
  index: number;
  value: number;
  /** The scale and what is counted: "billion", "million barrels per day", "percent". */
  unit: string;
  /** ISO 4217, or null for quantities. */
  currency: string | null;
  /** A hedge written just before the figure ("nearly", "up to"), or null. */
  qualifier: string | null;
}

const NUM = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE_WORD = '(trillion|billion|million|thousand)';
const SCALE_ABBR = '(tn|bn|mn|m|k)';
const RATE = '(?:\\s+(per day|a day|per year|a year|annually|per annum|per month|a month))?';

const SCALES: Record<string, string> = {
  trillion: 'trillion',
  billion: 'billion',
  million: 'million',
  thousand: 'thousand',
  tn: 'trillion',
  bn: 'billion',
  mn: 'million',
  m: 'million',
  k: 'thousand',
};
const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '₽': 'RUB',
  '¥': 'CNY',
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  rub: 'RUB',
  cny: 'CNY',
};
const CURRENCY_WORDS: [RegExp, string][] = [
  [/dollar/i, 'USD'],
  [/euro/i, 'EUR'],
  [/pound/i, 'GBP'],
  [/r[ou]ble/i, 'RUB'],
  [/yuan/i, 'CNY'],
];
const RATES: Record<string, string> = {
  'per day': 'per day',
  'a day': 'per day',
  'per year': 'per year',
  'a year': 'per year',
  annually: 'per year',
  'per annum': 'per year',
  'per month': 'per month',
  'a month': 'per month',
};

const QUANTITY_UNITS = [
  'metric tons',
  'metric tonnes',
  'tonnes',
  'tons',
  'barrels',
  'cubic metres',
  'cubic meters',
  'bcm',
  'kilometres',
  'kilometers',
  'km',
  'miles',
  'megawatts',
  'gigawatts',
  'MW',
  'GW',
  'people',
  'jobs',
  'companies',
  'firms',
  'flights',
  'passengers',
  'ships',
  'vessels',
  'satellites',
  'reactors',
  'aircraft',
  'planes',
  'tourists',
  'workers',
  'employees',
  'percentage points',
];
const UNIT = `(${QUANTITY_UNITS.map((u) => u.replace(/ /g, '\\s+')).join('|')})`;
const QUALIFIER =
  /(about|around|nearly|almost|over|more than|less than|fewer than|up to|some|roughly|approximately|at least|at most|under|close to|just over|just under|an estimated|as much as|as many as)\s+$/i;

const toNumber = (s: string) => Number(s.replace(/,/g, ''));
const rate = (r: string | undefined) => (r ? ` ${RATES[r.toLowerCase()]}` : '');

interface Rule {
  pattern: RegExp;
  read: (m: RegExpMatchArray) => Omit<FigureMention, 'text' | 'index' | 'qualifier'> | null;
}

const rules: Rule[] = [
  // $300 billion, US$5bn, €5bn, USD 2 million
  {
    pattern: new RegExp(
      `(?<![\\w$€£₽¥])(US\\$|\\$|€|£|₽|¥|(?:USD|EUR|GBP|RUB|CNY)(?=\\s?\\d))\\s?${NUM}(?:\\s*${SCALE_WORD}\\b|${SCALE_ABBR}\\b)?${RATE}`,
      'g',
    ),
    read: (m) => ({
      value: toNumber(m[2]),
      unit: `${m[3] || m[4] ? SCALES[(m[3] || m[4]).toLowerCase()] : 'units'}${rate(m[5])}`,
      currency: SYMBOLS[m[1]] ?? SYMBOLS[m[1].toLowerCase()],
    }),
  },
  // 300 billion dollars, 3.5 billion US dollars, 5bn euros
  {
    pattern: new RegExp(
      `(?<![\\w.,])${NUM}\\s*(?:${SCALE_WORD}\\b|(tn|bn|mn)\\b)?\\s*((?:US\\s+|U\\.S\\.\\s+)?dollars?|euros?|pounds(?:\\s+sterling)?|roubles?|rubles?|yuan)\\b${RATE}`,
      'gi',
    ),
    read: (m) => ({
      value: toNumber(m[1]),
      unit: `${m[2] || m[3] ? SCALES[(m[2] || m[3]).toLowerCase()] : 'units'}${rate(m[5])}`,
      currency: CURRENCY_WORDS.find(([re]) => re.test(m[4]))![1],
    }),
  },
  // 40%, 40 percent, 40 per cent
  {
    pattern: new RegExp(`(?<![\\w.,])${NUM}\\s*(%|percent\\b|per\\s+cent\\b)`, 'gi'),
    read: (m) => ({ value: toNumber(m[1]), unit: 'percent', currency: null }),
  },
  // 1.5 million barrels (per day), 3.8 million metric tons, 150 million people, 40 companies, 2 billion
  {
    pattern: new RegExp(`(?<![\\w.,$€£₽¥])${NUM}(?:\\s*${SCALE_WORD}\\b|(bn|mn)\\b)?(?:\\s+${UNIT}\\b)?${RATE}`, 'gi'),
    read: (m) => {
      const scale = m[2] || m[3];
      if (!scale && !m[4]) return null;
      const unit = [scale ? SCALES[scale.toLowerCase()] : null, m[4] ? m[4].replace(/\s+/g, ' ') : null].filter(Boolean).join(' ');
      return { value: toNumber(m[1]), unit: `${unit}${rate(m[5])}`, currency: null };
    },
  },
];

/**
 * Whether the text before `start` ends with "in ", "since " etc. Tested on
 * a short tail (the longest word plus one character for `\b`): a `…\s+$`
 * regex over the whole prefix, once per number, is quadratic on a long text.
 */
function afterPreposition(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const trimmed = before.trimEnd();
  return trimmed.length < before.length && /\b(?:in|since|by|of|from|until|during|to)$/i.test(trimmed.slice(-7));
}

/** Every figure in the sentence, in order of appearance. */
export function findFigures(sentence: string): FigureMention[] {
  // Characters already part of a figure: an overlap check per match that does not grow with the number found.
  const taken = new Uint8Array(sentence.length);
  const found: FigureMention[] = [];
  for (const rule of rules) {
    for (const m of sentence.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const read = rule.read(m);
      if (!read || !Number.isFinite(read.value)) continue;
      // "in 2024 companies…": a year, not a count.
      if (/^(?:19|20)\d{2}$/.test(m[0].split(/\s/)[0]) && !read.currency && read.unit !== 'percent' && afterPreposition(sentence, start))
        continue;
      taken.fill(1, start, end);
      const qualifier = QUALIFIER.exec(sentence.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? null;
      found.push({ text: m[0].trim(), index: start, ...read, qualifier });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * A figure's label as an editor would write it: what is measured and when
 * ("Bilateral trade, 2024"), not the sentence it came from ("He said
 * bilateral trade fell to $3.5 billion in 2024 from…"). Pure.
 */
import type { Precision } from '../schemas/common';
import { formatDateLabel, parseIsoDay } from '../dates';
import type { FigureMention } from './figures';

const LABEL_MAX = 80;

/** "fell to", "rose by", "reached", "stood at": the measure is the subject before it. */
const CHANGE =
  /\b(?:fell|rose|grew|reached|totall?ed|was|were|is|are|stood|amounted|jumped|dropped|declined|increased|decreased|climbed|slumped|plunged|surged|doubled|halved|hit|topped|exceeded|came|shrank|contracted|expanded|remained|stayed|fall|rise|grow|reach)\b(?:\s+(?:to|by|at|from|about|around|nearly|almost|more than|less than|just|only|some|roughly|over|under)\b)*\s*$/i;
/** Who said it, before what was said: "He said", "Dmitriev told reporters that", "According to Kpler,". */
const LEADS = [
  /^.*?\b(?:said|says|told|stated|noted|added|estimated|reported)\b[^,"“]{0,40}?\bthat\s+/i,
  /^.*?\b(?:said|says|stated|noted|added)\s+/i,
  /^according to [^,]{2,60},\s*/i,
  /^(?:by|in) (?:our|their|his|her) (?:estimates?|view|words),\s*/i,
  // "and on Wednesday signed…": a joining word and a day are no part of what is measured.
  /^(?:and|but|while|as)\s+/i,
  /^(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year)\s+/i,
];
const DETERMINER = /^(?:the|a|an|its|their|his|her|our)\s+/i;
/** Between two figures of one measure: "$3.5 billion in 2024 from $35 billion". */
/** "…, up 4%", "…, down 12 percent": a change written right after a figure. */
const CHANGE_OF = /^[^;.]{0,25}?\b(?:up|down|an? (?:increase|rise|drop|fall|decline) of)\s*$/i;
const SAME_MEASURE = /^[^;.]{0,25}?\b(?:from|to|versus|vs\.?|compared with|against|up from|down from)\s*$/i;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Cut at a word within `max`, with no dangling small word or punctuation. */
function short(text: string, max = LABEL_MAX): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.length > max) t = t.slice(0, t.slice(0, max + 1).lastIndexOf(' '));
  return t
    .replace(/(?:\s+(?:the|a|an|of|to|in|on|at|and|or|for|with|by|that|its|their|from|about|more|than|nearly|around))+$/i, '')
    .replace(/[\s,;:–—-]+$/, '')
    .trim();
}

function period(asOf: { date: string; precision: Precision } | null): string {
  return asOf ? formatDateLabel(parseIsoDay(asOf.date), asOf.precision) : '';
}

/** The part of the sentence the figure is in: from the last clause break before it, past who said it. */
function clauseBefore(sentence: string, figure: FigureMention): string {
  const before = sentence.slice(0, figure.index);
  const cut = Math.max(before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(': '), before.lastIndexOf(' – '));
  let text = cut > 0 && before.length - cut > 12 ? before.slice(cut + 2) : before;
  // A clause that is only who said it ("Dmitriev said, …") leaves the whole text before the figure.
  text = text.replace(/^[“"']+/, '');
  for (const lead of LEADS) text = text.replace(lead, '');
  return text;
}

/** What the figure measures, or null when the sentence does not say it before a verb of change. */
function measure(sentence: string, figure: FigureMention, others: FigureMention[]): string | null {
  // "…fell to $3.5 billion in 2024 from $35 billion in 2021": the second figure measures what the first does.
  const previous = others.filter((o) => o.index < figure.index).pop();
  if (previous) {
    const between = sentence.slice(previous.index + previous.text.length, figure.index);
    if (SAME_MEASURE.test(between)) return measure(sentence, previous, others);
    // "rose to 17.8 million tonnes, up 4% from a year earlier": the change in what the first figure measures.
    const of = CHANGE_OF.test(between) ? measure(sentence, previous, others) : null;
    if (of)
      return `Change in ${/^\p{Lu}\p{Ll}/u.test(of) && !/^(?:Russian|American|European|Chinese|Indian|U\.S\.|US)\b/.test(of) ? of.charAt(0).toLowerCase() + of.slice(1) : of}`;
  }
  const before = clauseBefore(sentence, figure);
  const change = CHANGE.exec(before);
  if (!change) return null;
  const subject = before.slice(0, change.index).replace(DETERMINER, '').trim();
  const words = subject.split(' ').length;
  return words <= 8 && /\p{L}/u.test(subject) && !/^(?:it|they|this|that|these|those|he|she|we)$/i.test(subject) ? short(subject) : null;
}

/**
 * `others` are the sentence's figures, in order: a figure after "from" or
 * "to" another one measures the same thing.
 */
export function figureLabel(
  sentence: string,
  figure: FigureMention,
  asOf: { date: string; precision: Precision } | null,
  others: FigureMention[] = [],
): string {
  const when = period(asOf);
  const withWhen = (what: string) => capitalise(when && !what.includes(when) ? `${what}, ${when}` : what);
  const measured = measure(sentence, figure, others);
  if (measured) return withWhen(measured);
  const before = clauseBefore(sentence, figure);
  // Otherwise the clause up to and with the figure: "Rosneft and Lukoil together export 3.1 million barrels of oil per day".
  const after = sentence
    .slice(figure.index + figure.text.length)
    .split(/[,;:(]|\s[–—-]\s|\s(?:in|on|during|since|before|after|according|by|when|which|who)\s/)[0];
  const clause = `${before.replace(DETERMINER, '')}${figure.text}${after}`.replace(/[.!?]+["”’]*$/, '');
  return withWhen(short(clause.charAt(0).toUpperCase() + clause.slice(1)));
}

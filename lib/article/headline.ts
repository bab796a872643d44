/**
 * A proposed event's title and summary, written the way an editor would:
 * the title a short headline ("Putin and Trump speak by phone", "Rubio says
 * the call was “a good step”"), never a sentence cut off with "…"; the
 * summary attributed ("Peskov said on 23 October 2025 that…") with the
 * date written out, without the article's quotation repeated. Pure.
 */
import type { EventTypeValue } from '../schemas/common';
import { firstTrigger } from './event-type';
import { isCommonWord } from './lexicon';

export interface Mention {
  index: number;
  end: number;
  /** The name as it should read: "Kirill Dmitriev". */
  name: string;
  kind: 'person' | 'organisation';
}

export interface EventText {
  /** The sentence (without a dateline). */
  sentence: string;
  /** Start and end of the clause the event's date sits in (or the sentence). */
  clause: [number, number];
  type: EventTypeValue;
  /** The date as text ("on 18 March 2025", "in March 2025", "c. 31 March – 6 April 2025"). */
  when: string;
  /** Every date mention in the sentence, to leave out of the title. */
  dates: { index: number; text: string }[];
  actors: Mention[];
  /** Who published the article, for the attribution of a sentence that names no source. */
  outlet?: string;
}

const TITLE_MAX = 90;
const SPEECH =
  /\b(?:said|says|told(?: (?:the )?[\p{L}.]+(?: [\p{L}.]+){0,3}?(?= that\b))?|told(?: [a-z]+)?|stated|declared|announced|wrote|warned|insisted|argued|stressed|noted|added)\b(?: (?:that|how|whether)\b)?\s*/iu;
/** "spoke about the prospects…": a topic, not a claim. */
const TOPIC = /\b(?:spoke|talked|speaking|talking) (?:about|of|on)\s+/i;
const short = (m: Mention) => (m.kind === 'person' ? m.name.split(' ').slice(-1)[0] : m.name);
const join = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
const unique = (list: string[]) => [...new Set(list)];
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The text with date mentions left out and spaces tidied. */
function withoutDates(text: string, offset: number, dates: EventText['dates']): string {
  let out = text;
  for (const d of [...dates].sort((a, b) => b.index - a.index)) {
    const at = d.index - offset;
    if (at < 0 || at >= out.length) continue;
    out = `${out.slice(0, at).replace(/\b(?:on|in|during|since|last|this|over the|as early as)\s+$/i, '')}${out.slice(at + d.text.length)}`;
  }
  return out
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Cuts at the first clause break, then at a word, within `max`; trailing small words go. No "…". */
function fit(text: string, max = TITLE_MAX): string {
  let t = text.replace(/[.!?;:,]+["”’)]*$/, '').trim();
  if (t.length > max) {
    // "X and that Y": the second claim goes first.
    const clause = t.slice(0, max + 1).search(/[,;:(](?=\s)|\s[–—-]\s|\s(?:but|while|although|because|after|which|who|and that)\s/);
    t = clause > 20 ? t.slice(0, clause) : t.slice(0, t.slice(0, max + 1).lastIndexOf(' '));
  }
  t = t.replace(/(?:\s+(?:the|a|an|of|to|in|on|at|and|or|for|with|by|that|its|their|his|her|as|from))+$/i, '').replace(/[,;:–—-]+$/, '');
  // An unbalanced opening quote left by a cut goes too.
  if ((t.match(/[“"]/g) ?? []).length % 2 === 1 && !/[”"]$/.test(t)) t = t.replace(/\s*[“"][^“"]*$/, '');
  return capitalise(t.trim());
}

/** What was said: the words after the speech verb ("…told reporters on Thursday that X"), to the end of the clause. */
function reported(
  sentence: string,
  from: number,
  dates: EventText['dates'],
  quotedToo = false,
): { gist: string; topic: boolean; setting?: string } | null {
  const rest = withoutDates(sentence.slice(from), from, dates);
  const m = SPEECH.exec(rest) ?? TOPIC.exec(rest);
  if (!m) return null;
  const topic = !SPEECH.test(rest);
  let said = rest.slice(m.index + m[0].length);
  // "said in remarks at the Economic Club on Wednesday that X": where it was said is not what was said.
  const where = /^((?:in|at|during|after|before|while|on|to)\b[^"“”,;]{3,120}?),?\s+that\s+/i.exec(said);
  if (where) said = said.slice(where[0].length);
  const gist = said
    .split(/,?\s+but\s+|;|\s[–—]\s/)[0]
    .replace(/[.!?]+["”’]*$/, '')
    .trim();
  if (gist.split(' ').length >= 3) return { gist, topic, setting: where?.[1] };
  // "Russia is ready to invest, Dmitriev said on Saturday.": what was said comes first.
  const fronted = FRONTED.exec(withoutDates(sentence, 0, dates));
  if (!fronted || fronted[1].split(' ').length < 3) return null;
  // A quotation is the event's quote already: a headline does not repeat it (a summary reports it, without the quotation).
  if (/^["“]/.test(sentence.trim())) {
    if (!quotedToo) return null;
    const inner = fronted[1].trim();
    const first = inner.split(' ')[0];
    return { gist: `"${isCommonWord(first) && first !== 'I' ? inner.charAt(0).toLowerCase() + inner.slice(1) : inner}"`, topic: false };
  }
  // A paraphrase reads on after "that": "peace is near", but "Russia is…".
  const words = fronted[1].trim();
  const first = words.split(' ')[0];
  return { gist: isCommonWord(first) && first !== 'I' ? words.charAt(0).toLowerCase() + words.slice(1) : words, topic: false };
}

/** A claim, then ", <speaker> said" closing the sentence (the speaker a few capitalised words, maybe "the"). */
const FRONTED =
  /^["“]?([^"“”]{10,}?)[,.]?["”]?,?\s+(?:the\s+)?(?:[A-Z][\p{L}.'’-]*\s+){1,4}(?:said|says|told reporters|added|stated|wrote|warned|noted)\b[^,]{0,40}[.!]?\s*$/u;

/** Who spoke: the person (else organisation) named before the speech verb, else the first named at all. */
function speakerOf(e: EventText, before: number): Mention | null {
  const earlier = e.actors.filter((a) => a.index < before);
  return earlier.find((a) => a.kind === 'person') ?? earlier[0] ?? e.actors.find((a) => a.kind === 'person') ?? e.actors[0] ?? null;
}

/** An interview's "Dmitriev: We met…" — the speaker's label, who "we" and "I" are. */
function label(e: EventText): Mention | null {
  const m = /^([\p{Lu}][\p{L}'’ -]{1,40}):\s/u.exec(e.sentence);
  return m ? (e.actors.find((a) => a.index === 0) ?? null) : null;
}

export function headline(e: EventText): string {
  const [from, to] = e.clause;
  const clause = e.sentence.slice(from, to);
  const local = firstTrigger(clause);
  const trigger = local ?? firstTrigger(e.sentence);
  const triggerAt = trigger ? (local ? from : 0) + trigger.index : e.sentence.length;
  const speaker = label(e);
  const actorsBefore = e.actors.filter((a) => a.index < triggerAt && a.index >= from && a !== speaker);
  const subjectActors = actorsBefore.length
    ? actorsBefore
    : // The sentence's subject before a relative clause ("Dmitriev, who took part in the talks in…").
      e.actors.filter((a) => a.index < Math.min(from, triggerAt)).slice(0, 1);
  const before = unique((subjectActors.length ? subjectActors : speaker ? [speaker] : []).map(short));
  const after = unique(e.actors.filter((a) => a.index > triggerAt && a.index < to).map(short)).filter((n) => !before.includes(n));
  // "in the Kremlin" keeps its article: "Putin meets ExxonMobil in the Kremlin".
  const place = /\b(?:to|in)\s+((?:the\s+)?(?:[A-Z][\p{L}.'’-]+\s?){1,3})/u
    .exec(withoutDates(e.sentence.slice(triggerAt, to), triggerAt, e.dates))?.[1]
    ?.trim();
  // Without a named actor, a short subject as written: "The United States", "Senior Russian and American officials".
  const written = withoutDates(clause.slice(0, Math.max(0, triggerAt - from)), from, e.dates)
    .replace(/^(?:[A-Z][a-z]+:\s+)/, '')
    .trim();
  const subject = before.length
    ? join(before)
    : /^[A-Z]/.test(written) && !/^(?:He|She|It|They|We|I|This|That|There)\b/.test(written) && written.split(' ').length <= 6
      ? written
      : null;
  const plural = before.length > 1 || (!before.length && /\b(?:and|officials|delegations|sides|leaders)\b/.test(written));
  switch (e.type) {
    case 'call':
      if (subject && after.length) return fit(`${subject} ${plural ? 'hold' : 'holds'} a call with ${join(after)}`);
      if (subject && plural) return fit(`${subject} speak by phone`);
      break;
    case 'meeting':
      if (subject && after.length) return fit(`${subject} ${plural ? 'meet' : 'meets'} ${join(after)}${place ? ` in ${place}` : ''}`);
      if (subject && place) return fit(`${subject} ${plural ? 'hold' : 'holds'} talks in ${place}`);
      if (subject && plural) return fit(`${subject} meet`);
      if (after.length) return fit(`Meeting with ${join(after)}${place ? ` in ${place}` : ''}`);
      if (place) return fit(`Talks in ${place}`);
      break;
    case 'visit':
      if (subject && place) return fit(`${subject} ${plural ? 'visit' : 'visits'} ${place}`);
      break;
    case 'sanction':
      if (after.length)
        return fit(subject ? `${subject} ${plural ? 'sanction' : 'sanctions'} ${join(after)}` : `Sanctions on ${join(after)}`);
      break;
    case 'statement': {
      const who = speakerOf(e, trigger ? triggerAt + trigger.text.length + 1 : e.sentence.length) ?? speaker;
      const what = reported(e.sentence, trigger ? Math.min(triggerAt, from) : 0, e.dates);
      if (who && what) return fit(`${short(who)} ${what.topic ? 'on' : 'says'} ${what.gist}`);
      // "“Peace is near,” Peskov said.": "Peskov says peace is near"; in the first person, the speaker's words after a colon.
      const quoted = who ? reported(e.sentence, 0, e.dates, true) : null;
      if (who && quoted) {
        const inner = quoted.gist.replace(/^"|"$/g, '').replace(/[,.!?]+$/, '');
        return fit(PERSONAL.test(inner) ? `${short(who)}: “${capitalise(inner)}”` : `${short(who)} says ${inner}`);
      }
      break;
    }
    default:
      break;
  }
  // A named subject and what the clause says it did: "Novatek under US sanctions", "European Union adopted its 16th package…".
  if (before.length && trigger && trigger.type !== 'statement')
    return fit(`${join(before)} ${withoutDates(e.sentence.slice(triggerAt, to), triggerAt, e.dates)}`);
  // No template fits: the sentence itself, without its dates, relative clauses and opening phrase.
  const text = withoutDates(e.sentence, 0, e.dates)
    .replace(/^(?:[A-Z][a-z]+:\s+)/, '')
    .replace(/,\s+(?:who|which|whose)\b[^,]{0,150}(?:,|$)/g, ',')
    .replace(/^[^,]{0,40},\s+/, (lead) => (lead.split(' ').length <= 6 ? '' : lead));
  return fit(text);
}

/** The attribution already in the sentence (", the Kremlin said", "according to Kpler"), or null. */
function attribution(sentence: string): string | null {
  return (
    /,\s+((?:the\s+)?[A-Z][^,]{0,60}?\s(?:said|reported|says|reports))[.!]?\s*$/.exec(sentence)?.[1] ??
    /\b(according to [^,.]{2,60})/i.exec(sentence)?.[1] ??
    null
  );
}

/** First and second person in a quotation: "we are ready" can't be reported without knowing who "we" is. */
const PERSONAL = /\b(?:I|I'm|I've|we|We|we're|our|Our|us|my|My|me|you|You|your|Your|ours)\b/;
const BACKSHIFT: Record<string, string> = {
  is: 'was',
  are: 'were',
  am: 'was',
  will: 'would',
  has: 'had',
  have: 'had',
  can: 'could',
  does: 'did',
};

/**
 * What was said, in reported speech without the article's quotation: a
 * quoted passage loses its quotation marks and its verbs move back a tense
 * ("is ready" → "was ready"); a passage in the first or second person is
 * left out (with its joining "that … and"), as the summary cannot tell who
 * "we" are. Null when nothing is left to report.
 */
function withoutQuotation(gist: string): string | null {
  const QUOTED = /["“]([^"“”]+)["”]/g;
  if (!QUOTED.test(gist)) return gist;
  const out = gist
    .replace(QUOTED, (_m, inner: string) =>
      PERSONAL.test(inner)
        ? '\u0000'
        : inner.replace(/[,.!?]+$/, '').replace(/\b(is|are|am|will|has|have|can|does)\b/g, (w: string) => BACKSHIFT[w]),
    )
    .replace(/^(?:that\s+)?\u0000[,.]?\s*(?:(?:and|but)\s+(?:that\s+)?)?/, '')
    .replace(/\s*,?\s*(?:and|but)\s+(?:that\s+)?\u0000/g, '')
    .replace(/\u0000/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return out.split(' ').length >= 3 ? out : null;
}

/** A speaker as prose names it: an organisation keeps the article written before it ("the Kremlin"). */
function named(e: EventText, m: Mention): string {
  return m.kind === 'organisation' && /\bthe\s+$/i.test(e.sentence.slice(Math.max(0, m.index - 4), m.index)) ? `the ${m.name}` : m.name;
}

export function summary(e: EventText): string {
  const trigger = firstTrigger(e.sentence);
  if (e.type === 'statement' && trigger) {
    const speaker = speakerOf(e, trigger.index + trigger.text.length + 1);
    const what = reported(e.sentence, 0, e.dates, true);
    const said = what && (what.topic ? what.gist : withoutQuotation(what.gist));
    if (speaker && what && said) {
      const who = capitalise(named(e, speaker));
      return what.topic
        ? `${who} spoke ${e.when} about ${said}, according to ${e.outlet ?? 'the article'}.`
        : `${who} said ${e.when}${what.setting ? `, ${what.setting},` : ''} that ${said.replace(/^that\s+/i, '')}.`;
    }
    if (speaker) return `${capitalise(named(e, speaker))} spoke ${e.when}, according to ${e.outlet ?? 'the article'}.`;
  }
  // The sentence's content, its relative date made absolute, with its source; a quotation in it is reported, not repeated.
  const own = attribution(e.sentence);
  const stripped = withoutDates(e.sentence, 0, e.dates)
    .replace(/,\s+(?:the\s+)?[A-Z][^,]{0,60}?\s(?:said|reported|says|reports)[.!]?\s*$/, '')
    .replace(/,?\s*according to [^,.]{2,60}/i, '')
    .replace(/[.!?]+["”’]*$/, '')
    .replace(/^[,;:\s]+/, '');
  const body = withoutQuotation(stripped) ?? stripped.replace(/["“”]/g, '');
  return `${capitalise(body)} (${e.when}), ${own ?? `according to ${e.outlet ?? 'the article'}`}.`;
}

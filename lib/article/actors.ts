/**
 * People and organisations named in a sentence: known actors (by name or
 * alias) and new capitalised names that are not known yet. Pure.
 */

import { guessActorKind } from '../actor-kind';

export interface KnownActor {
  slug: string;
  name: string;
  aliases: string[];
  kind?: 'person' | 'organisation';
}

export interface ActorMatch {
  slug: string;
  name: string;
  kind: 'person' | 'organisation';
  /** The words as they appear in the text. */
  text: string;
  index: number;
}

export interface NewName {
  name: string;
  kind: 'person' | 'organisation';
  index: number;
}

// Shared with the import (lib/import/plan.ts), so it lives below both features.
export { guessActorKind };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F';

/**
 * A whole-word pattern for a name. Short all-capital aliases ("EU", "RDIF")
 * match only in capitals, so that "eu" in running text does not count;
 * other names match whatever their case. A possessive ('s) is allowed.
 */
function namePattern(name: string): RegExp {
  const acronym = /^[A-Z0-9&.]{2,6}$/.test(name);
  const body = escape(name).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
  return new RegExp(`(?<![${WORD_CHAR}])${body}(?![${WORD_CHAR}])`, acronym ? 'g' : 'gi');
}

/**
 * Every mention of a known actor, longest name first so that "Vladimir
 * Zelensky" is not also counted as "Vladimir Putin"'s first name; each piece
 * of text counts once.
 */
export function findKnownActors(sentence: string, known: KnownActor[]): ActorMatch[] {
  const candidates = known
    .flatMap((a) => [a.name, ...a.aliases].filter((n) => n.trim().length >= 2).map((n) => ({ actor: a, name: n.trim() })))
    .sort((a, b) => b.name.length - a.name.length || a.actor.slug.localeCompare(b.actor.slug));
  const taken: [number, number][] = [];
  const found: ActorMatch[] = [];
  for (const { actor, name } of candidates) {
    for (const m of sentence.matchAll(namePattern(name))) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ slug: actor.slug, name: actor.name, kind: actor.kind ?? guessActorKind(actor.name), text: m[0], index: start });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words that start a run of capitals without being part of a name. */
const NOT_NAME = new Set([
  'the',
  'a',
  'an',
  'on',
  'in',
  'at',
  'by',
  'for',
  'from',
  'to',
  'of',
  'and',
  'or',
  'but',
  'with',
  'as',
  'after',
  'before',
  'since',
  'during',
  'last',
  'this',
  'next',
  'that',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'if',
  'when',
  'while',
  'although',
  'however',
  'meanwhile',
  'also',
  'earlier',
  'later',
  'according',
  'speaking',
  'asked',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'president',
  'vice',
  'prime',
  'minister',
  'secretary',
  'ceo',
  'chief',
  'executive',
  'chairman',
  'chairwoman',
  'envoy',
  'special',
  'senator',
  'sen',
  'rep',
  'representative',
  'ambassador',
  'director',
  'head',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'deputy',
  'foreign',
  'general',
  'governor',
  'mayor',
  'king',
  'crown',
  'prince',
  'founder',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'russian',
  'russians',
  'american',
  'americans',
  'us',
  'u.s',
  'u.s.',
  'ukrainian',
  'saudi',
  'european',
  'chinese',
  'british',
  'french',
  'german',
  'western',
  'eastern',
  'northern',
  'southern',
  'arctic',
  'soviet',
  'moscow',
  'washington',
  'kyiv',
  'kiev',
  'beijing',
  'london',
  'paris',
  'riyadh',
  'istanbul',
  'geneva',
  'russia',
  'ukraine',
  'america',
  'china',
  'europe',
  'india',
  'no',
  'not',
  'yes',
  'both',
  'each',
  'all',
  'some',
  'many',
  'most',
  'such',
  'there',
  'here',
  'what',
  'who',
  'which',
  'where',
]);

/** Multi-word capitalised phrases that are places or things, not actors. */
const NOT_ACTORS = new Set([
  'saudi arabia',
  'united states',
  'united kingdom',
  'united arab emirates',
  'new york',
  'abu dhabi',
  'northern sea route',
  'white house',
  'red sea',
  'black sea',
  'middle east',
  'south africa',
  'north korea',
  'south korea',
  'hong kong',
  'los angeles',
  'san francisco',
  'st petersburg',
  'st. petersburg',
  'saint petersburg',
  'far east',
  'arctic lng',
  'nord stream',
  'cold war',
  'world war',
  'rare earth',
  'rare earths',
  'small modular',
  'artificial intelligence',
  'oval office',
]);

const CAPITALISED = /^(?:[A-Z][a-z\u00E0-\u024F]+(?:[-'’][A-Z]?[a-z\u00E0-\u024F]+)*|[A-Z]{2,}|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)$/;
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'der']);

/**
 * Capitalised multi-word names ("Steve Witkoff", "Russian Direct
 * Investment Fund") that are not a known actor, a place or a date.
 * Deliberately simple: the editor accepts or rejects each one.
 */
export function findNewNames(sentence: string, known: KnownActor[], knownMatches = findKnownActors(sentence, known)): NewName[] {
  const tokens = [...sentence.matchAll(/[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’.-]*/g)].map((m) => ({
    word: m[0].replace(/['’]s$/, '').replace(/(?<!\.)\.+$/, (dots) => (/^(?:[A-Z]\.)+$/.test(m[0]) ? dots : '')),
    index: m.index,
    end: m.index + m[0].length,
  }));
  const knownNames = new Set(known.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase()));
  const insideKnown = (start: number, end: number) => knownMatches.some((k) => start < k.index + k.text.length && end > k.index);
  const found: NewName[] = [];
  const seen = new Set<string>();
  let run: typeof tokens = [];
  const flush = () => {
    // Connectors may sit inside a name ("Bank of Russia") but not at its ends.
    while (run.length && CONNECTORS.has(run[run.length - 1].word)) run.pop();
    if (run.length >= 2) {
      const name = run.map((t) => t.word).join(' ');
      const lower = name.toLowerCase();
      const start = run[0].index;
      const end = run[run.length - 1].end;
      // Next to each other with nothing but spaces between the words.
      const contiguous = run.every((t, i) => i === 0 || /^\s+$/.test(sentence.slice(run[i - 1].end, t.index)));
      if (contiguous && !NOT_ACTORS.has(lower) && !knownNames.has(lower) && !insideKnown(start, end) && !seen.has(lower)) {
        seen.add(lower);
        found.push({ name, kind: guessActorKind(name), index: start });
      }
    }
    run = [];
  };
  for (const t of tokens) {
    const lower = t.word.toLowerCase();
    const capital = CAPITALISED.test(t.word);
    if (run.length && CONNECTORS.has(lower) && /^\s+$/.test(sentence.slice(run[run.length - 1].end, t.index))) {
      run.push(t);
      continue;
    }
    const adjacent = run.length > 0 && /^\s+$/.test(sentence.slice(run[run.length - 1].end, t.index));
    // After a connector any capitalised word continues the name ("Bank of Russia").
    if (capital && adjacent && CONNECTORS.has(run[run.length - 1].word)) {
      run.push(t);
      continue;
    }
    if (capital && !NOT_NAME.has(lower) && (run.length === 0 || adjacent)) {
      run.push(t);
    } else {
      flush();
      if (capital && !NOT_NAME.has(lower)) run.push(t);
    }
  }
  flush();
  return found;
}

/**
 * People and organisations named in a sentence: known actors (by name,
 * alias or a transliteration of either, Cyrillic included) and new names
 * that are not known yet, each a whole name without its title. Pure.
 */

import { guessActorKind } from '../actor-kind';
import { isCommonWord, isFirstName, isLastName, isOrganisation, isPlace } from './lexicon';
import { nameKey, wordKey } from './translit';

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
  /** Only describes the person named next ("Kremlin envoy Kirill Dmitriev") or is where it happened ("in the Kremlin"): mentioned, but no party to the sentence's event. */
  describes?: boolean;
}

export interface NewName {
  name: string;
  kind: 'person' | 'organisation';
  index: number;
  /** One word only ("Bessent", "Rosneft"): a surname of someone named in full elsewhere, or an organisation. */
  single: boolean;
}

// Shared with the import (lib/import/plan.ts), so it lives below both features.
export { guessActorKind, nameKey };

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD_CHAR = 'A-Za-z0-9\\u00C0-\\u024F\\u0400-\\u04FF';

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

interface Token {
  word: string;
  index: number;
  end: number;
}

/** Words with their offsets; a possessive 's and a trailing full stop (not of an initialism) are left off. */
function tokenize(sentence: string): Token[] {
  return [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu)].map((m) => {
    const word = m[0].replace(/['’]s$/, '').replace(/(?<!\.)[.-]+$/, (dots) => (/^(?:\p{Lu}\.)+$/u.test(m[0]) ? dots : ''));
    return { word, index: m.index, end: m.index + word.length };
  });
}

type Candidate = { actor: KnownActor; keys: string[]; acronym: boolean };
const indexes = new WeakMap<KnownActor[], Map<string, Candidate[]>>();

/** Known names by the key of their first word, built once per list of actors. */
function keyIndex(known: KnownActor[]) {
  let index = indexes.get(known);
  if (index) return index;
  index = new Map();
  for (const actor of known)
    for (const name of [actor.name, ...actor.aliases]) {
      const keys = nameKey(name).split(' ').filter(Boolean);
      if (keys.length === 0 || keys.join('').length < 3) continue;
      const list = index.get(keys[0]) ?? [];
      list.push({ actor, keys, acronym: /^[A-Z0-9&.]{2,6}$/.test(name) });
      index.set(keys[0], list);
    }
  for (const list of index.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  indexes.set(known, index);
  return index;
}

const CYRILLIC_WORD = /^[\u0400-\u04FF]+$/;

/** Whether the token spells the key; a Russian case ending ("Путина", "Дмитриеву") is allowed on a Cyrillic word. */
function spells(token: string, key: string): boolean {
  const k = wordKey(token);
  if (k === key) return true;
  return CYRILLIC_WORD.test(token) && k.startsWith(key) && k.length - key.length <= 3 && key.length >= 4;
}

/**
 * Every mention of a known actor, longest name first so that "Vladimir
 * Zelensky" is not also counted as "Vladimir Putin"'s first name; each piece
 * of text counts once. Then, for the words left, the same names compared by
 * their transliteration key ("Dmitriyev", "Zelenskiy", "Дмитриева").
 */
const patterns = new WeakMap<KnownActor[], { actor: KnownActor; pattern: RegExp; name: string }[]>();

/** Each known name's pattern, longest first, compiled once per list of actors (not once per sentence). */
function namePatterns(known: KnownActor[]) {
  let list = patterns.get(known);
  if (!list) {
    list = known
      .flatMap((a) => [a.name, ...a.aliases].filter((n) => n.trim().length >= 2).map((n) => ({ actor: a, name: n.trim() })))
      .sort((a, b) => b.name.length - a.name.length || a.actor.slug.localeCompare(b.actor.slug))
      .map((c) => ({ ...c, pattern: namePattern(c.name) }));
    patterns.set(known, list);
  }
  return list;
}

/** A title and a capitalised name right after an organisation's name: "(Kremlin) envoy Kirill Dmitriev", "(White House) spokeswoman Karoline Leavitt"; the organisation took no part itself. */
const DESCRIBES_NEXT =
  /^['’]?s?\s+(?:(?:special|chief|senior|top|economic|foreign[- ]policy)\s+)?(?:envoy|spokes(?:man|woman|person)|aide|adviser|advisor|official|negotiator|representative|press secretary)\s+\p{Lu}/u;

export function findKnownActors(sentence: string, known: KnownActor[]): ActorMatch[] {
  const taken: [number, number][] = [];
  const found: ActorMatch[] = [];
  const overlaps = (start: number, end: number) => taken.some(([s, e]) => start < e && end > s);
  const add = (actor: KnownActor, text: string, start: number) => {
    taken.push([start, start + text.length]);
    found.push({ slug: actor.slug, name: actor.name, kind: actor.kind ?? guessActorKind(actor.name), text, index: start });
  };
  const lower = sentence.toLowerCase();
  for (const { actor, name, pattern } of namePatterns(known)) {
    // A cheap test first: most names are not in most sentences.
    if (!lower.includes(name.toLowerCase().split(/\s/)[0])) continue;
    for (const m of sentence.matchAll(pattern)) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const end = m.index + m[0].length;
      add(actor, m[0], m.index);
      if (
        (actor.kind ?? guessActorKind(actor.name)) === 'organisation' &&
        (DESCRIBES_NEXT.test(sentence.slice(end, end + 60)) || /\b(?:in|at|inside|outside)\s+the\s+$/i.test(sentence.slice(0, m.index)))
      )
        found[found.length - 1].describes = true;
    }
  }
  const tokens = tokenize(sentence);
  const index = keyIndex(known);
  for (let i = 0; i < tokens.length; i++) {
    // Only capitalised words (or Cyrillic ones) can start a name.
    if (!/^[\p{Lu}\u0400-\u042F]/u.test(tokens[i].word)) continue;
    const key = wordKey(tokens[i].word);
    const list = index.get(key) ?? [];
    // A declined Cyrillic word ("Путина") is looked up by its shorter stems too.
    const first = CYRILLIC_WORD.test(tokens[i].word)
      ? [0, 1, 2, 3].flatMap((cut) => (cut && key.length - cut >= 4 ? (index.get(key.slice(0, -cut)) ?? []) : cut ? [] : list))
      : list;
    for (const c of first) {
      if (c.acronym) continue;
      const run = tokens.slice(i, i + c.keys.length);
      if (run.length < c.keys.length || !run.every((t, j) => spells(t.word, c.keys[j]))) continue;
      const start = run[0].index;
      const end = run[run.length - 1].end;
      if (overlaps(start, end)) continue;
      add(c.actor, sentence.slice(start, end), start);
      i += c.keys.length - 1;
      break;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words that head a person's title: what precedes the name is the title, not the name. */
const PERSON_TITLES = new Set(
  (
    'president vice prime minister secretary chancellor ambassador envoy senator sen sen. rep rep. representative governor mayor ' +
    'spokesman spokeswoman spokesperson chairman chairwoman chair ceo cfo coo founder director prince princess king queen sheikh emir ' +
    'mr mr. mrs mrs. ms ms. dr dr. sir gen gen. general admiral colonel adviser advisor aide deputy commissioner speaker leader judge justice ' +
    'pope patriarch premier lawmaker congressman congresswoman attorney chief executive head envoy'
  ).split(' '),
);

/** Sentence openers and other capitalised words that are never part of a name. */
const NEVER_NAME = new Set(
  (
    'the a an on in at by for from to of and or but with as after before since during last this next that these those his her its ' +
    'their our we they he she it i if when while although however meanwhile also earlier later according speaking asked yet still ' +
    'no not yes both each all some many most such there here what who which where why how q a: q: senior former acting new ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october ' +
    'november december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);

/** Places the lexicon may not know, named often in this domain. */
const PLACES = new Set(
  (
    'moscow washington kyiv kiev beijing london paris riyadh istanbul geneva russia ukraine america china europe india alaska ' +
    'arctic siberia crimea donbas sakhalin murmansk yamal anchorage helsinki minsk belarus kazakhstan turkey iran brussels berlin ' +
    'us u.s u.s. usa uk u.k. eu'
  ) // "EU" as an actor is a known alias; unknown, these are places
    .split(' '),
);

/** Multi-word capitalised phrases that are places or things, not actors. */
const NOT_ACTORS = new Set([
  'saudi arabia',
  'united states',
  'united kingdom',
  'united arab emirates',
  'new york',
  'abu dhabi',
  'white house',
  'middle east',
  'far east',
  'south africa',
  'north korea',
  'south korea',
  'hong kong',
  'los angeles',
  'san francisco',
  'st petersburg',
  'st. petersburg',
  'saint petersburg',
  'cold war',
  'world war',
  'rare earth',
  'rare earths',
  'small modular',
  'artificial intelligence',
  'oval office',
]);

/** A name ending in one of these is a place, a waterway or a building ("Northern Sea Route", "Diriyah Palace"). */
const PLACE_ENDINGS = new Set(
  (
    'sea ocean river strait straits gulf bay lake island islands peninsula canal route passage pass mountains valley desert coast ' +
    'region oblast krai province district street avenue square palace hotel field fields basin port harbour harbor airport? ' +
    'war project pipeline plant deposit'
  )
    .split(' ')
    .filter((w) => !w.endsWith('?')),
);
/** A capitalised phrase followed by one of these names a thing: "the Arctic LNG 2 project". */
const THING_AFTER =
  /^\s*(?:\d+\s+)?(?:project|projects|field|pipeline|plant|deposit|mine|route|programme|program|terminal|port|reactor|deal)\b/i;

const CAPITALISED =
  /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*|\p{Lu}[\p{L}]*\p{Ll}\p{Lu}[\p{L}]*|(?:\p{Lu}\.){1,3}|\p{Lu}{2,}(?:-\p{Lu}\p{Ll}+)?|Mc\p{Lu}\p{Ll}+|O['’]\p{Lu}\p{Ll}+)$/u;
const CONNECTORS = new Set(['of', 'for', 'de', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'der', '&']);
/** "Russian", "Ukrainians", "Republicans": nationalities and their people, not actors. */
const DEMONYM_FORM = /^(?:\p{Lu}\p{Ll}+(?:ans|ese)|U\.S\.|US|UK|EU)$/u;
const isDemonym = (word: string) => DEMONYM_FORM.test(word) || isPlace(word);

/** Words that make a name an organisation's, beyond the shared list of lib/actor-kind.ts. */
const ORGANISATION_WORDS =
  /\b(?:Bureau|Survey|Reserve|Center|Centre|Institute|Agency|Fund|Bank|Group|Ministry|Commission|Council|Service)\b/;

/** "Delegations", "Investors": a sentence's first word that reads as a plural noun (the lexicon lists few plurals). */
const plural = (word: string) => /^\p{Lu}\p{Ll}{3,}[^su]s$/u.test(word) && !isOrganisation(word) && !isFirstName(word);

/**
 * A capitalised run → the whole name in it, or null. Drops what is not the
 * name: a leading common word ("Yet", "Talks"), the title before a person
 * ("Secretary of State", "Treasury Secretary", "Saudi Crown Prince"), and
 * refuses places, waterways and things.
 */
function nameOf(run: Token[], sentenceStart: boolean): Token[] | null {
  let words = [...run];
  // Leading stop words, and a sentence's first word when the lexicon knows it as a common word.
  const first = (t: Token) => t.word.toLowerCase();
  while (
    words.length &&
    (NEVER_NAME.has(first(words[0])) ||
      (sentenceStart &&
        words[0] === run[0] &&
        !PERSON_TITLES.has(first(words[0])) &&
        (isCommonWord(words[0].word) || plural(words[0].word))))
  )
    words.shift();
  // The title: everything up to the last title word, with its "of X" ("Secretary of State").
  let last = -1;
  words.forEach((t, i) => {
    if (PERSON_TITLES.has(t.word.toLowerCase())) last = i;
  });
  if (last !== -1) {
    let cut = last + 1;
    if (words[cut]?.word === 'of') cut += 2;
    words = words.slice(cut);
  }
  while (words.length && CONNECTORS.has(words[words.length - 1].word)) words.pop();
  while (words.length && CONNECTORS.has(words[0].word)) words.shift();
  if (words.length === 0) return null;
  const name = words.map((t) => t.word).join(' ');
  // "Sakhalin-1", "Arctic LNG 2": projects and products carry numbers; people and organisations do not.
  if (/\d/.test(name)) return null;
  const lower = name.toLowerCase();
  if (NOT_ACTORS.has(lower) || PLACES.has(lower) || isPlace(lower)) return null;
  const lastWord = words[words.length - 1].word.toLowerCase();
  if (words.length > 1 && PLACE_ENDINGS.has(lastWord)) return null;
  // Only places, nationalities and dates: "Russian", "Moscow", "U.S.".
  if (words.every((t) => PLACES.has(t.word.toLowerCase()) || isPlace(t.word) || isDemonym(t.word) || NEVER_NAME.has(t.word.toLowerCase())))
    return null;
  // A leading nationality before an organisation stays ("Russian Direct Investment Fund"); before a person it goes.
  if (words.length > 2 && isDemonym(words[0].word) && isFirstName(words[1].word)) words = words.slice(1);
  return words;
}

const keySets = new WeakMap<KnownActor[], Set<string>>();
/** The keys of every known name and alias, once per list of actors. */
function knownKeys(known: KnownActor[]): Set<string> {
  let set = keySets.get(known);
  if (!set) keySets.set(known, (set = new Set(known.flatMap((a) => [a.name, ...a.aliases]).map((n) => nameKey(n)))));
  return set;
}

/**
 * Capitalised names ("Steve Witkoff", "Russian Direct Investment Fund",
 * "Rosneft") that are not a known actor, a place or a date, wherever they
 * stand in the sentence. Each is a whole capitalised run, never a piece of
 * one: "Northern Sea Route" is a waterway, not the actor "Sea Route".
 */
export function findNewNames(sentence: string, known: KnownActor[], knownMatches = findKnownActors(sentence, known)): NewName[] {
  const tokens = tokenize(sentence);
  const knownNames = knownKeys(known);
  const insideKnown = (start: number, end: number) => knownMatches.some((k) => start < k.index + k.text.length && end > k.index);
  const found: NewName[] = [];
  const seen = new Set<string>();
  let run: Token[] = [];
  const adjacent = (a: Token, b: Token) => /^ +$/.test(sentence.slice(a.end, b.index));
  const flush = () => {
    // After the sentence's start, a colon or an opening quote, a capital says nothing ("Q: Did…", "Dmitriev: We…").
    const words = run.length ? nameOf(run, /(?:^|[:;“"(])\s*$/.test(sentence.slice(0, run[0].index))) : null;
    run = [];
    if (!words) return;
    const start = words[0].index;
    let end = words[words.length - 1].end;
    let name = words.map((t) => t.word).join(' ');
    // "Arctic LNG 2", "Nord Stream 2": a project's number is part of its name (not "2 billion", "2 years").
    const numbered =
      words.length > 1
        ? /^ (\d{1,2})(?=[\s,.;:)]|$)(?!\s+(?:%|per|percent|million|billion|trillion|thousand|bn|years?|months?|days?|weeks?|times)\b)/.exec(
            sentence.slice(end, end + 40),
          )
        : null;
    if (numbered) {
      name = `${name} ${numbered[1]}`;
      end += numbered[0].length;
    }
    const key = nameKey(name);
    if (seen.has(key) || knownNames.has(key) || insideKnown(start, end)) return;
    if (THING_AFTER.test(sentence.slice(end, end + 30))) return;
    const single = words.length === 1;
    if (single) {
      const w = words[0].word;
      // One word: a first name alone or an abbreviation nobody defined is not an actor.
      // A capitalised adjective or noun ("Western", "Soviet") is no name either.
      if (w.length < 3 || isFirstName(w) || (isCommonWord(w) && !isOrganisation(w)) || (/^\p{Lu}+$/u.test(w) && !isOrganisation(w))) return;
      // Right after "in"/"at", a single unknown word is a place ("in Alaska").
      if (/\b(?:in|at|near|across|throughout|into)\s+$/i.test(sentence.slice(Math.max(0, start - 12), start)) && !isOrganisation(w)) return;
    }
    seen.add(key);
    // A first name makes a person; one word that is not a known surname is an organisation ("Rosneft"); else by the name's words.
    const person = words.some((t) => isFirstName(t.word)) || (single && isLastName(name));
    // "Economic Club of New York", "Bank of Russia": "of" joins an organisation's name, never a person's.
    const joined = words.some((t) => t.word === 'of');
    // Neither a first name nor a surname the lexicon knows ("Gazprom Neft"): a company's name, not a person's.
    const nobody = !person && !words.some((t) => isLastName(t.word));
    const kind: 'person' | 'organisation' =
      isOrganisation(name) || (single && !person) || ORGANISATION_WORDS.test(name) || joined || nobody
        ? 'organisation'
        : person
          ? 'person'
          : guessActorKind(name);
    found.push({ name, kind, index: start, single });
  };
  for (const t of tokens) {
    const capital = CAPITALISED.test(t.word) || (t.word.includes('-') && CAPITALISED.test(t.word.split('-')[0]));
    const prev = run[run.length - 1];
    if (prev && CONNECTORS.has(t.word) && adjacent(prev, t)) {
      run.push(t);
      continue;
    }
    if (capital && prev && adjacent(prev, t)) {
      run.push(t);
      continue;
    }
    flush();
    if (capital) run.push(t);
  }
  flush();
  return found;
}

/**
 * What compromise's lexicon knows about a word or phrase: a first name, a
 * place, an organisation, a demonym, or a plain English word. Looked up
 * directly (a map read per word), not by running the tagger over the text:
 * the tagger costs about half a second on a 100 KB article, the lookups
 * nothing.
 */
import nlp from 'compromise';

type Lexicon = Record<string, string | string[]>;
const lexicon = (nlp as unknown as { model: () => { one: { lexicon: Lexicon } } }).model().one.lexicon;

const PERSON = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person', 'Honorific']);
const PLACE = new Set(['Place', 'Country', 'City', 'Region', 'Address', 'Demonym']);
const ORGANISATION = new Set(['Organization', 'SportsTeam', 'Company', 'School']);

function tags(phrase: string): string[] {
  const t = lexicon[phrase.toLowerCase()];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const has = (phrase: string, set: Set<string>) => tags(phrase).some((t) => set.has(t));

export const isFirstName = (word: string) => has(word, PERSON);
export const isLastName = (word: string) => tags(word).includes('LastName');
export const isPlace = (phrase: string) => has(phrase, PLACE);
export const isOrganisation = (phrase: string) => has(phrase, ORGANISATION);
/** A word the lexicon knows as something other than a name (a noun, verb, adjective…): "Traffic", "Yet", "Analysts". */
export const isCommonWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  // A plural the lexicon lists only in the singular: "Investors", "Delegations", "Companies".
  const forms = [lower, lower.replace(/ies$/, 'y'), lower.replace(/es$/, ''), lower.replace(/s$/, '')];
  return forms.some((f) => {
    const t = tags(f);
    return t.length > 0 && !t.some((x) => PERSON.has(x) || PLACE.has(x) || ORGANISATION.has(x) || x === 'LastName' || x === 'ProperNoun');
  });
};

/**
 * Scores the extraction against annotated articles (tests/fixtures/articles):
 * precision and recall for events (matched by start date and precision),
 * actors (known ones by slug, new ones by name modulo transliteration) and
 * figures (value and currency). Used by `npm run eval:article` and by the
 * test that holds the figures to the target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EventTypeValue, Precision } from '../schemas/common';
import { nameKey, type KnownActor } from './actors';
import { extractProposals, type ArticleProposals } from './extract';
import type { KnownSector } from './sectors';

export interface ArticleCase {
  file: string;
  heldOut: boolean;
  meta: { title: string; publishedAt: string; publishedPrecision: Precision };
  text: string;
  gold: {
    events: { date: string; precision: Precision; type: EventTypeValue }[];
    actors: string[];
    figures: { value: number; unit: string; currency: string | null }[];
  };
}

interface Tally {
  truePositives: number;
  proposed: number;
  expected: number;
}

export interface Scores {
  events: Tally;
  actors: Tally;
  figures: Tally;
  /** Matched events whose proposed type equals the gold type. */
  typesRight: number;
  misses: string[];
}

export function loadArticleCases(dir: string): ArticleCase[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<ArticleCase, 'file' | 'text'> & { text: string[] };
      return { ...raw, file, text: raw.text.join('\n\n') };
    });
}

/** Pairs each proposed item with at most one gold item; returns the pairs. */
function pair<P, G>(proposed: P[], gold: G[], same: (p: P, g: G) => boolean): [P, G][] {
  const used = new Set<number>();
  const pairs: [P, G][] = [];
  for (const p of proposed) {
    const i = gold.findIndex((g, j) => !used.has(j) && same(p, g));
    if (i !== -1) {
      used.add(i);
      pairs.push([p, gold[i]]);
    }
  }
  return pairs;
}

const empty = (): Tally => ({ truePositives: 0, proposed: 0, expected: 0 });

export function scoreCase(c: ArticleCase, proposals: ArticleProposals, known: KnownActor[], scores: Scores) {
  const { gold } = c;
  const events = pair(proposals.events, gold.events, (p, g) => p.date.start === g.date && p.date.precision === g.precision);
  scores.events.truePositives += events.length;
  scores.events.proposed += proposals.events.length;
  scores.events.expected += gold.events.length;
  scores.typesRight += events.filter(([p, g]) => p.type === g.type).length;
  for (const p of proposals.events)
    if (!events.some(([q]) => q === p)) scores.misses.push(`${c.file}: extra event ${p.date.start}/${p.date.precision} “${p.title}”`);
  for (const g of gold.events)
    if (!events.some(([, h]) => h === g)) scores.misses.push(`${c.file}: missed event ${g.date}/${g.precision} ${g.type}`);

  // A gold name that is a known actor's name or alias is that actor; any other is compared by name.
  const keyOf = (name: string) => {
    const k = nameKey(name);
    const actor = known.find((a) => [a.name, ...a.aliases].some((n) => nameKey(n) === k));
    return actor ? actor.slug : `new:${k}`;
  };
  const goldActors = gold.actors.map(keyOf);
  const proposedActors = proposals.actors.map((a) => (a.known ? a.slug! : keyOf(a.name)));
  const actors = pair(proposedActors, goldActors, (p, g) => p === g);
  scores.actors.truePositives += actors.length;
  scores.actors.proposed += proposedActors.length;
  scores.actors.expected += goldActors.length;
  proposals.actors.forEach((a, i) => {
    if (!actors.some(([p]) => p === proposedActors[i])) scores.misses.push(`${c.file}: extra actor “${a.name}”`);
  });
  gold.actors.forEach((g, i) => {
    if (!actors.some(([, h]) => h === goldActors[i])) scores.misses.push(`${c.file}: missed actor “${g}”`);
  });

  const figures = pair(proposals.figures, gold.figures, (p, g) => p.value === g.value && (p.currency ?? null) === g.currency);
  scores.figures.truePositives += figures.length;
  scores.figures.proposed += proposals.figures.length;
  scores.figures.expected += gold.figures.length;
  for (const p of proposals.figures) if (!figures.some(([q]) => q === p)) scores.misses.push(`${c.file}: extra figure “${p.text}”`);
  for (const g of gold.figures)
    if (!figures.some(([, h]) => h === g)) scores.misses.push(`${c.file}: missed figure ${g.value} ${g.unit} ${g.currency ?? ''}`);
}

export function evaluate(cases: ArticleCase[], known: KnownActor[], sectors: KnownSector[]): Scores {
  const scores: Scores = { events: empty(), actors: empty(), figures: empty(), typesRight: 0, misses: [] };
  for (const c of cases) {
    const proposals = extractProposals({
      text: c.text,
      publishedAt: c.meta.publishedAt,
      precision: c.meta.publishedPrecision,
      actors: known,
      sectors,
    });
    scoreCase(c, proposals, known, scores);
  }
  return scores;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const precisionOf = (t: Tally) => ratio(t.truePositives, t.proposed);
export const recallOf = (t: Tally) => ratio(t.truePositives, t.expected);

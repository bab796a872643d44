import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { choicesKey, encodeChoices, offerCreateKey, type Choice } from '../forms/choices';
import { containsPattern, foldName as fold, tidyName } from '../data/name-fold';
import type { Errors } from './errors';
import { echo } from '../schemas/error-map';

type Tx = Prisma.TransactionClient;

const labels = { actor: 'actor', sector: 'sector', event: 'event', proposal: 'proposal', source: 'source' } as const;
type Model = keyof typeof labels;

/** How a message says the name matched nothing: people and sectors are called something, the rest have titles. */
const noneCalled = (model: Model, text: string) =>
  model === 'actor' || model === 'sector'
    ? `No ${labels[model]} is called “${echo(text)}”`
    : `No ${labels[model]} has the title “${echo(text)}”`;

/** Candidates a name can match: at most this many are listed. */
const MAX_CHOICES = 8;

/** Rank of a record whose name only contains what was typed: offered as a suggestion, never taken on its own. */
const SUGGESTION = 3;
/**
 * How close (pg_trgm's strict word similarity, after transliteration) what
 * was typed must be to whole words of a name to offer it for a typo:
 * "Witkof" → "Steve Witkoff" (0.67) and "Dmitriyev" → "Kirill Dmitriev"
 * (0.58) pass; sharing one common word ("no such sector" → "Energy sector",
 * 0.5) does not.
 */
const SIMILAR = 0.55;

interface Candidate {
  id: string;
  slug: string;
  label: string;
  /** 0: the slug (a source's id) itself, 1: the name or title (a source's address), 2: an alias, 3: a name containing it. */
  rank: number;
}

/** How each kind of record is found: its table, the key forms post (a source has no slug, its id is one), its name. */
const specs: Record<Model, { table: string; key: string; name: string }> = {
  actor: { table: '"Actor"', key: 'r."slug"', name: 'r."name"' },
  sector: { table: '"Sector"', key: 'r."slug"', name: 'r."name"' },
  event: { table: '"Event"', key: 'r."slug"', name: 'r."title"' },
  proposal: { table: '"Proposal"', key: 'r."slug"', name: 'r."title"' },
  source: { table: '"Source"', key: 'r."id"', name: 'r."title"' },
};

/**
 * Live (not trashed) records, drafts included, whose slug is `key`, or whose
 * name/title or (actors) alias equals it ignoring case, accents and
 * Cyrillic case (the search migration's bc_fold and bc_unaccent), so
 * "kirill dmitriev" and "Кирилл Дмитриев" find the same actor. A source is
 * also found by its address ('exact'). Records whose name (or an actor's
 * alias) merely contains the text, and names close to it after
 * transliteration (a typo, another script), are the suggestions for a name
 * that matched nothing exactly ('suggestions'): the same matches the pickers'
 * search offers. Two passes, because a suggestion costs a transliteration and
 * a similarity per record, and most names sent match exactly (pickers post slugs).
 */
async function candidates(tx: Tx, model: Model, keys: string[], which: 'exact' | 'suggestions'): Promise<Map<string, Candidate[]>> {
  const spec = specs[model];
  const table = Prisma.raw(spec.table);
  const name = Prisma.raw(spec.name);
  const key = Prisma.raw(spec.key);
  const detail =
    model === 'actor'
      ? Prisma.sql`concat_ws(', ', r."name", CASE r."kind" WHEN 'person' THEN 'person' ELSE 'organisation' END, r."country", r."slug")`
      : model === 'event'
        ? Prisma.sql`concat_ws(', ', r."title", to_char(r."startDate", 'YYYY-MM-DD'), r."slug")`
        : model === 'source'
          ? Prisma.sql`concat_ws(', ', r."title", r."outlet", to_char(r."publishedAt", 'YYYY-MM-DD'))`
          : Prisma.sql`concat_ws(', ', ${name}, r."slug")`;
  // Ranks 0–2: the slug, the name (a source's address), an actor's alias.
  const exact = Prisma.sql`WHEN ${key} = k.key THEN 0 WHEN ${fold(name)} = ${fold(Prisma.sql`k.key`)} THEN 1
    ${model === 'source' ? Prisma.sql`WHEN r."url" = k.key THEN 1` : Prisma.empty}
    ${model === 'actor' ? Prisma.sql`WHEN EXISTS (SELECT 1 FROM unnest(r."aliases") al WHERE ${fold(Prisma.sql`al`)} = ${fold(Prisma.sql`k.key`)}) THEN 2` : Prisma.empty}`;
  // Rank 3: a name (an actor's alias) containing the text, or a misspelling or another script ("Kiril Dmitriev",
  // "Рубио"): close after transliteration, as the pickers' search finds it.
  const contains =
    model === 'actor'
      ? Prisma.sql`(${fold(name)} LIKE ${fold(Prisma.sql`k.pattern`)}
          OR EXISTS (SELECT 1 FROM unnest(r."aliases") al WHERE ${fold(Prisma.sql`al`)} LIKE ${fold(Prisma.sql`k.pattern`)}))`
      : Prisma.sql`${fold(name)} LIKE ${fold(Prisma.sql`k.pattern`)}`;
  const suggestion = Prisma.sql`WHEN length(k.key) >= 3 AND ${contains} THEN ${Prisma.raw(String(SUGGESTION))}
    WHEN length(k.key) >= 3 AND length(k.key) <= 200
      AND strict_word_similarity(public.bc_translit(k.key), public.bc_translit(${name})) > ${Prisma.raw(String(SIMILAR))}
      THEN ${Prisma.raw(String(SUGGESTION))}`;
  // LIKE's own characters in what was typed match themselves.
  const patterns = keys.map(containsPattern);
  const rows = await tx.$queryRaw<{ key: string; id: string; slug: string; label: string; rank: number }[]>`
    SELECT k.key, r."id", ${key} AS slug, ${detail} AS label, m.rank::int AS rank
    FROM unnest(${keys}::text[], ${patterns}::text[]) AS k(key, pattern)
    JOIN ${table} r ON r."deletedAt" IS NULL
    CROSS JOIN LATERAL (SELECT CASE ${which === 'exact' ? exact : suggestion} END AS rank) m
    WHERE m.rank IS NOT NULL
    ORDER BY k.key, m.rank, strict_word_similarity(public.bc_translit(k.key), public.bc_translit(${name})) DESC, ${name}, ${key}`;
  const out = new Map<string, Candidate[]>();
  for (const row of rows) (out.get(row.key) ?? out.set(row.key, []).get(row.key)!).push(row);
  return out;
}

/**
 * Names, aliases or slugs as editors type them → ids of live records, keyed
 * by the text as given. A slug wins outright; otherwise the best rank (name
 * before alias) must name exactly one record. An ambiguous name adds an
 * error listing the candidates (as choices the form offers), an unknown one
 * says so; both at `path(i)`, the form field it came from. Two texts naming
 * the same record in one list add an error too, when `listedTwice` is given.
 */
export async function idsBySlug(
  tx: Tx,
  model: Model,
  texts: (string | undefined)[],
  path: (i: number) => string,
  errors: Errors,
  options: { listedTwice?: string; canCreate?: (i: number) => boolean; unknown?: (text: string) => string } = {},
) {
  const unique = [...new Set(texts.filter((s): s is string => Boolean(s)).map(tidyName))];
  const found = unique.length === 0 ? new Map<string, Candidate[]>() : await candidates(tx, model, unique, 'exact');
  const unmatched = unique.filter((key) => !found.has(key));
  if (unmatched.length > 0) for (const [key, list] of await candidates(tx, model, unmatched, 'suggestions')) found.set(key, list);
  const map = new Map<string, string>();
  const seen = new Map<string, number>();
  texts.forEach((text, i) => {
    if (!text) return;
    const all = found.get(tidyName(text)) ?? [];
    const best = all.filter((c) => c.rank === all[0]?.rank && c.rank < SUGGESTION);
    if (best.length === 1) {
      map.set(text, best[0].id);
      if (options.listedTwice && seen.has(best[0].id)) errors[path(i)] = [options.listedTwice];
      seen.set(best[0].id, i);
      return;
    }
    if (options.canCreate?.(i) && best.length === 0) return; // the writer creates it
    const field = path(i);
    const offer = (list: Candidate[]) =>
      (errors[choicesKey(field)] = encodeChoices(list.slice(0, MAX_CHOICES).map((c): Choice => ({ value: c.slug, label: c.label }))));
    if (best.length > 1) {
      errors[field] = [`Several ${labels[model]}s match “${echo(text)}”: choose one.`];
      offer(best);
    } else if (all.length > 0) {
      // Only names that contain the text or are close to it: never taken on their own, offered instead.
      // A form's own way out (e.g. "describe a new source below") still applies when close names are offered.
      errors[field] = [
        options.unknown
          ? `${options.unknown(tidyName(text))} Or did you mean one of these?`
          : `${noneCalled(model, tidyName(text))}. Did you mean one of these?${options.canCreate ? ' Or create a new actor with this name.' : ''}`,
      ];
      offer(all);
      // The event form still offers "create a new actor named …" beside the suggestions.
      if (options.canCreate) errors[offerCreateKey(field)] = [];
    } else {
      errors[field] = [
        options.unknown
          ? options.unknown(tidyName(text))
          : options.canCreate
            ? `No actor is called “${echo(text)}”. Check the spelling, or create a new actor with this name.`
            : `${noneCalled(model, tidyName(text))}. Check the spelling, or create the ${labels[model]} first.`,
      ];
      // The event form offers "create a new actor named …" where the writer can create one.
      if (options.canCreate) errors[choicesKey(field)] = [];
    }
  });
  return map;
}

/**
 * The sources of citation rows, typed as a title, an address or an id (what
 * the picker posts), resolved like every other name; errors at
 * `citations.<i>.source`. Rows citing `skip` (the event form's "new source
 * described below") are left to the caller.
 */
export async function sourceIds(tx: Tx, citations: { source: string }[], errors: Errors, skip?: string) {
  return idsBySlug(
    tx,
    'source',
    citations.map((c) => (c.source === skip ? undefined : c.source)),
    (i) => `citations.${i}.source`,
    errors,
    {
      unknown: (text) =>
        `No source has the title, address or id “${echo(text)}”. Check the spelling, or ${
          skip
            ? // The event form: a new source can be described in it.
              'describe it under “Create a new source for a citation” and tick “Cite the new source described below instead”'
            : // Proposals and figures cite existing sources only.
              'add it under Sources first, then cite it here'
        }.`,
    },
  );
}

/** Checks the sources and speakers of citation rows; returns rows ready to insert once the owner id is known. */
export async function citationRows(tx: Tx, citations: { source: string; quote: string; speaker?: string }[], errors: Errors) {
  const speakers = await idsBySlug(
    tx,
    'actor',
    citations.map((c) => c.speaker),
    (i) => `citations.${i}.speaker`,
    errors,
  );
  const sources = await sourceIds(tx, citations, errors);
  return (owner: { proposalId: string } | { figureId: string } | { designationId: string } | { waiverId: string }) =>
    citations.map((c, position) => ({
      ...owner,
      sourceId: sources.get(c.source)!,
      quote: c.quote,
      speakerId: c.speaker ? speakers.get(c.speaker)! : null,
      position,
    }));
}

/**
 * Live actors whose slug, name or alias is one of `texts` (folded as names
 * are compared everywhere): whom a "new" actor with these names would
 * duplicate. Names that only contain a text or are close to it are not
 * counted: those are other people, and the pickers offer them anyway.
 */
export async function actorsCalledIn(tx: Tx, texts: string[]): Promise<{ id: string; slug: string; label: string }[]> {
  const keys = [...new Set(texts.map(tidyName).filter(Boolean))];
  if (keys.length === 0) return [];
  const found = await candidates(tx, 'actor', keys, 'exact');
  const out = new Map<string, { id: string; slug: string; label: string }>();
  for (const key of keys) for (const c of found.get(key) ?? []) out.set(c.id, { id: c.id, slug: c.slug, label: c.label });
  return [...out.values()];
}

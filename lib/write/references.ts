import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { choicesKey, encodeChoices, type Choice } from '../forms/choices';
import type { Errors } from './errors';

type Tx = Prisma.TransactionClient;

const labels = { actor: 'actor', sector: 'sector', event: 'event', proposal: 'proposal' } as const;
type Model = keyof typeof labels;

/** Candidates a name can match: at most this many are listed. */
const MAX_CHOICES = 8;

interface Candidate {
  id: string;
  slug: string;
  label: string;
  /** 0: the slug itself, 1: the name or title, 2: an alias. */
  rank: number;
}

/**
 * Live (not trashed) records, drafts included, whose slug is `key`, or whose
 * name/title or (actors) alias equals it ignoring case, accents and
 * Cyrillic case (the search migration's bc_fold and bc_unaccent), so
 * "kirill dmitriev" and "Кирилл Дмитриев" find the same actor.
 */
async function candidates(tx: Tx, model: Model, keys: string[]): Promise<Map<string, Candidate[]>> {
  const fold = (sql: Prisma.Sql) => Prisma.sql`public.bc_fold(lower(public.bc_unaccent(${sql})))`;
  const table = Prisma.raw({ actor: '"Actor"', sector: '"Sector"', event: '"Event"', proposal: '"Proposal"' }[model]);
  const name = Prisma.raw(model === 'actor' || model === 'sector' ? 'r."name"' : 'r."title"');
  const detail =
    model === 'actor'
      ? Prisma.sql`concat_ws(', ', r."name", CASE r."kind" WHEN 'person' THEN 'person' ELSE 'organisation' END, r."country", r."slug")`
      : model === 'event'
        ? Prisma.sql`concat_ws(', ', r."title", to_char(r."startDate", 'YYYY-MM-DD'), r."slug")`
        : Prisma.sql`concat_ws(', ', ${name}, r."slug")`;
  const alias =
    model === 'actor'
      ? Prisma.sql`WHEN EXISTS (SELECT 1 FROM unnest(r."aliases") al WHERE ${fold(Prisma.sql`al`)} = ${fold(Prisma.sql`k.key`)}) THEN 2`
      : Prisma.empty;
  const rows = await tx.$queryRaw<{ key: string; id: string; slug: string; label: string; rank: number }[]>`
    SELECT k.key, r."id", r."slug", ${detail} AS label, m.rank::int AS rank
    FROM unnest(${keys}::text[]) AS k(key)
    JOIN ${table} r ON r."deletedAt" IS NULL
    CROSS JOIN LATERAL (SELECT CASE WHEN r."slug" = k.key THEN 0 WHEN ${fold(name)} = ${fold(Prisma.sql`k.key`)} THEN 1 ${alias} END AS rank) m
    WHERE m.rank IS NOT NULL
    ORDER BY k.key, m.rank, ${name}, r."slug"`;
  const out = new Map<string, Candidate[]>();
  for (const row of rows) (out.get(row.key) ?? out.set(row.key, []).get(row.key)!).push(row);
  return out;
}

/** Same words, one space: what an editor typed, compared the way names are stored. */
const tidy = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

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
  options: { listedTwice?: string; canCreate?: (i: number) => boolean } = {},
) {
  const unique = [...new Set(texts.filter((s): s is string => Boolean(s)).map(tidy))];
  const found = unique.length === 0 ? new Map<string, Candidate[]>() : await candidates(tx, model, unique);
  const map = new Map<string, string>();
  const seen = new Map<string, number>();
  texts.forEach((text, i) => {
    if (!text) return;
    const all = found.get(tidy(text)) ?? [];
    const best = all.filter((c) => c.rank === all[0]?.rank);
    if (best.length === 1) {
      map.set(text, best[0].id);
      if (options.listedTwice && seen.has(best[0].id)) errors[path(i)] = [options.listedTwice];
      seen.set(best[0].id, i);
      return;
    }
    if (options.canCreate?.(i) && best.length === 0) return; // the writer creates it
    const field = path(i);
    if (best.length > 1) {
      errors[field] = [`Several ${labels[model]}s match “${tidy(text)}”: choose one.`];
      errors[choicesKey(field)] = encodeChoices(best.slice(0, MAX_CHOICES).map((c): Choice => ({ value: c.slug, label: c.label })));
    } else {
      errors[field] = [
        options.canCreate
          ? `No actor is called “${tidy(text)}”. Check the spelling, or create a new actor with this name.`
          : model === 'actor'
            ? `No actor is called “${tidy(text)}”. Check the spelling, or create the actor first.`
            : `No ${labels[model]} is called “${tidy(text)}”. Check the spelling, or create it first.`,
      ];
      // The event form offers "create a new actor named …" where the writer can create one.
      if (options.canCreate) errors[choicesKey(field)] = [];
    }
  });
  return map;
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
  const ids = [...new Set(citations.map((c) => c.source))];
  const known = new Set((await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((s) => s.id));
  citations.forEach((c, i) => {
    if (!known.has(c.source)) errors[`citations.${i}.source`] = ['This source does not exist or is in the trash'];
  });
  return (owner: { proposalId: string } | { figureId: string } | { designationId: string } | { waiverId: string }) =>
    citations.map((c, position) => ({
      ...owner,
      sourceId: c.source,
      quote: c.quote,
      speakerId: c.speaker ? speakers.get(c.speaker)! : null,
      position,
    }));
}

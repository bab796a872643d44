import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { requireEditor } from '../auth/authorize';
import { escapeLike } from './event-query';
import { containsPattern, foldName as fold, tidyName } from './name-fold';

export const LOOKUP_KINDS = ['actor', 'sector', 'proposal', 'event', 'source'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export interface LookupResult {
  /** What the form posts for this record: its slug (a source's id). */
  value: string;
  /** The name or title, as the field shows it. */
  label: string;
  /** What tells two namesakes apart (kind, country, date, or the alias that matched). */
  detail: string;
}

const LIMIT = 10;

/**
 * Live records (drafts included, trashed not) whose name, title or alias
 * contains what was typed, ignoring case, accents and Cyrillic case, or is
 * close to it after transliteration (trigram similarity, so "Dmitriyev"
 * finds "Дмитриев" and the other way round); a source also by its publisher
 * or address. Best first: names that start
 * with the text, then by similarity. Editors only; it checks that itself.
 */
export async function lookupNames(kind: LookupKind, text: string): Promise<LookupResult[]> {
  await requireEditor();
  const q = tidyName(text).slice(0, 100);
  if (!q) return [];
  const prisma = await db();
  const like = containsPattern(q);
  const start = `${escapeLike(q)}%`;
  const spec = {
    actor: { table: '"Actor"', key: 'r."slug"', name: 'r."name"', aliases: true, detail: `concat_ws(', ', r."kind", r."country")` },
    sector: { table: '"Sector"', key: 'r."slug"', name: 'r."name"', aliases: false, detail: `''` },
    proposal: { table: '"Proposal"', key: 'r."slug"', name: 'r."title"', aliases: false, detail: `r."status"::text` },
    event: { table: '"Event"', key: 'r."slug"', name: 'r."title"', aliases: false, detail: `to_char(r."startDate", 'YYYY-MM-DD')` },
    source: {
      table: '"Source"',
      key: 'r."id"',
      name: 'r."title"',
      aliases: false,
      detail: `concat_ws(', ', r."outlet", to_char(r."publishedAt", 'YYYY-MM-DD'))`,
    },
  }[kind];
  const name = Prisma.raw(spec.name);
  // What matched besides the name: an actor's alias, or a source's publisher or address.
  const alias = spec.aliases
    ? Prisma.sql`(SELECT al FROM unnest(r."aliases") al WHERE ${fold(Prisma.sql`al`)} LIKE ${fold(Prisma.sql`${like}`)} LIMIT 1)`
    : kind === 'source'
      ? Prisma.sql`CASE WHEN ${fold(Prisma.sql`coalesce(r."outlet", '')`)} LIKE ${fold(Prisma.sql`${like}`)} THEN r."outlet"
          WHEN lower(coalesce(r."url", '')) LIKE lower(${like}) THEN r."url" END`
      : Prisma.sql`NULL::text`;
  const rows = await prisma.$queryRaw<{ value: string; label: string; detail: string; alias: string | null }[]>`
    SELECT ${Prisma.raw(spec.key)} AS value, ${name} AS label, ${Prisma.raw(spec.detail)} AS detail, m.alias
    FROM ${Prisma.raw(spec.table)} r
    CROSS JOIN LATERAL (SELECT ${alias} AS alias,
      similarity(public.bc_translit(${name}), public.bc_translit(${q})) AS sim,
      ${fold(name)} LIKE ${fold(Prisma.sql`${start}`)} AS starts,
      ${fold(name)} LIKE ${fold(Prisma.sql`${like}`)} AS contains) m
    WHERE r."deletedAt" IS NULL
      AND (m.contains OR m.alias IS NOT NULL OR m.sim > 0.3 OR ${Prisma.raw(spec.key)} = ${q})
    ORDER BY m.starts DESC, m.contains DESC, m.sim DESC, ${name}
    LIMIT ${LIMIT}`;
  return rows.map((r) => ({
    value: r.value,
    label: r.label,
    // A publisher that matched is already in the detail; an alias or an address is added.
    detail: [r.detail, r.alias && r.alias !== r.label && !r.detail.includes(r.alias) ? `also “${r.alias}”` : '']
      .filter(Boolean)
      .join(' · '),
  }));
}

import 'server-only';
import { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { requireAdmin } from '../auth/authorize';
import { AUDIT_ENTITY_TYPES } from '../schemas/audit-filter';
import { containsPattern, foldName, tidyName } from './name-fold';

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];

interface AuditRecordMatch {
  entityType: EntityType;
  entityId: string;
  title: string;
  trashed: boolean;
}

export type AuditRecordLookup =
  { kind: 'found'; record: AuditRecordMatch; partial: boolean } | { kind: 'ambiguous'; candidates: AuditRecordMatch[] } | { kind: 'none' };

/** Candidates listed for an ambiguous name, at most. */
const MAX_CANDIDATES = 20;

/**
 * The record the audit log's "Record" filter names: an id the log knows (the
 * links "only this record" and older bookmarks carry ids), else a record
 * (trashed ones included) whose title, name, alias or email equals the
 * text, or whose slug or address is the text; failing that, one whose
 * title, name, alias or email contains it. Names compare as the pickers
 * compare them (foldName: case, accents and Cyrillic case ignored). One
 * match is the record; several are candidates to choose from. Admins only;
 * it checks that itself.
 */
export async function findAuditRecord(text: string, entityType?: EntityType): Promise<AuditRecordLookup> {
  await requireAdmin();
  const q = tidyName(text);
  if (!q) return { kind: 'none' };
  const prisma = await db();

  // An id: a record that exists (trashed or not), else one deleted for good that the log still names.
  const [live] = await searchById(prisma, q, entityType);
  if (live) return { kind: 'found', partial: false, record: live };
  const byId = await prisma.auditEntry.findFirst({
    // The kind is always given, so the (entityType, entityId) index serves the lookup.
    where: { entityId: q, entityType: entityType ?? { in: [...KINDS] } },
    select: { entityType: true },
  });
  if (byId && isAuditType(byId.entityType))
    return { kind: 'found', partial: false, record: { entityType: byId.entityType, entityId: q, title: q, trashed: false } };

  for (const mode of ['equals', 'contains'] as const) {
    const found = (await searchByName(prisma, { mode, q }, entityType)).slice(0, MAX_CANDIDATES + 1);
    if (found.length === 1) return { kind: 'found', record: found[0], partial: mode === 'contains' };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.slice(0, MAX_CANDIDATES) };
  }
  return { kind: 'none' };
}

const KINDS: readonly EntityType[] = AUDIT_ENTITY_TYPES;
const isAuditType = (t: string): t is EntityType => (KINDS as readonly string[]).includes(t);

type Db = Awaited<ReturnType<typeof db>>;

/** Records of one kind (or every kind) whose id is `q`. */
function searchById(prisma: Db, q: string, only?: EntityType): Promise<AuditRecordMatch[]> {
  return recordsWhere(prisma, only, () => [Prisma.sql`r."id" = ${q}`]);
}

/**
 * How each kind is named: its table, its title column, and what else names
 * it (compared folded like the title: an actor's aliases, a user's email;
 * compared exactly: a slug, a source's address). Fixed SQL, never input.
 */
const NAMED: Record<EntityType, { table: string; title: string; folded: string[]; exact: string[]; aliases?: boolean; trash: boolean }> = {
  event: { table: '"Event"', title: 'r."title"', folded: [], exact: ['r."slug"'], trash: true },
  actor: { table: '"Actor"', title: 'r."name"', folded: [], exact: ['r."slug"'], aliases: true, trash: true },
  sector: { table: '"Sector"', title: 'r."name"', folded: [], exact: ['r."slug"'], trash: true },
  source: { table: '"Source"', title: 'r."title"', folded: [], exact: ['r."url"'], trash: true },
  proposal: { table: '"Proposal"', title: 'r."title"', folded: [], exact: ['r."slug"'], trash: true },
  figure: { table: '"Figure"', title: 'r."label"', folded: [], exact: ['r."slug"'], trash: true },
  user: { table: '"User"', title: 'r."name"', folded: ['r."email"'], exact: [], trash: false },
};

/**
 * Records of one kind (or every kind) named by the text: "equals" compares
 * whole names (folded), slugs and addresses; "contains" looks inside titles,
 * names, aliases and (users) emails.
 */
async function searchByName(prisma: Db, { mode, q }: { mode: 'equals' | 'contains'; q: string }, only?: EntityType) {
  const typed = mode === 'equals' ? foldName(Prisma.sql`${q}`) : foldName(Prisma.sql`${containsPattern(q)}`);
  const test = (column: Prisma.Sql) =>
    mode === 'equals' ? Prisma.sql`${foldName(column)} = ${typed}` : Prisma.sql`${foldName(column)} LIKE ${typed}`;
  return recordsWhere(prisma, only, (kind) => {
    const spec = NAMED[kind];
    return [
      test(Prisma.raw(spec.title)),
      ...spec.folded.map((c) => test(Prisma.raw(c))),
      ...(spec.aliases ? [Prisma.sql`EXISTS (SELECT 1 FROM unnest(r."aliases") al WHERE ${test(Prisma.sql`al`)})`] : []),
      ...(mode === 'equals' ? spec.exact.map((c) => Prisma.sql`${Prisma.raw(c)} = ${q}`) : []),
    ];
  });
}

/**
 * Records of one kind (or every kind) that meet any of the conditions `where` gives for their kind, each with the
 * label the log shows (a user as "name (email)", or the email when unnamed) and whether it is in the trash.
 */
async function recordsWhere(prisma: Db, only: EntityType | undefined, where: (kind: EntityType) => Prisma.Sql[]) {
  const lists = await Promise.all(
    (only ? [only] : KINDS).map(async (kind): Promise<AuditRecordMatch[]> => {
      const spec = NAMED[kind];
      const title = Prisma.raw(spec.title);
      const label =
        kind === 'user' ? Prisma.sql`CASE WHEN r."name" <> '' THEN r."name" || ' (' || r."email" || ')' ELSE r."email" END` : title;
      const trashed = spec.trash ? Prisma.sql`r."deletedAt" IS NOT NULL` : Prisma.sql`false`;
      const rows = await prisma.$queryRaw<{ id: string; title: string; trashed: boolean }[]>`
        SELECT r."id", ${label} AS title, ${trashed} AS trashed
        FROM ${Prisma.raw(spec.table)} r
        WHERE ${Prisma.join(where(kind), ' OR ')}
        ORDER BY ${title}, r."id"
        LIMIT ${MAX_CANDIDATES + 1}`;
      return rows.map((r) => ({ entityType: kind, entityId: r.id, title: r.title, trashed: r.trashed }));
    }),
  );
  return lists.flat();
}

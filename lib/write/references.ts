import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { ConflictError, ValidationError } from './errors';
import { conflict } from './events';
import { recordSnapshots, type RecordType } from './records';

type Tx = Prisma.TransactionClient;
export type Errors = Record<string, string[]>;

const labels = { actor: 'actor', sector: 'sector', event: 'event', proposal: 'proposal' } as const;

/**
 * Slugs → ids of live (not trashed) records, drafts included. Each unknown
 * slug adds an error at `path(i)`, the form field it came from.
 */
export async function idsBySlug(tx: Tx, model: keyof typeof labels, slugs: (string | undefined)[], path: (i: number) => string, errors: Errors) {
  const unique = [...new Set(slugs.filter((s): s is string => Boolean(s)))];
  const where = { slug: { in: unique }, deletedAt: null };
  const select = { id: true, slug: true } as const;
  const rows = unique.length === 0
    ? []
    : model === 'actor'
      ? await tx.actor.findMany({ where, select })
      : model === 'sector'
        ? await tx.sector.findMany({ where, select })
        : model === 'proposal'
          ? await tx.proposal.findMany({ where, select })
          : await tx.event.findMany({ where, select });
  const map = new Map(rows.map((r) => [r.slug, r.id]));
  slugs.forEach((slug, i) => {
    if (slug && !map.has(slug)) errors[path(i)] = [`No ${labels[model]} with the slug "${slug}"`];
  });
  return map;
}

/** Checks the sources and speakers of citation rows; returns rows ready to insert once the owner id is known. */
export async function citationRows(tx: Tx, citations: { source: string; quote: string; speaker?: string }[], errors: Errors) {
  const speakers = await idsBySlug(tx, 'actor', citations.map((c) => c.speaker), (i) => `citations.${i}.speaker`, errors);
  const ids = [...new Set(citations.map((c) => c.source))];
  const known = new Set((await tx.source.findMany({ where: { id: { in: ids }, deletedAt: null }, select: { id: true } })).map((s) => s.id));
  citations.forEach((c, i) => {
    if (!known.has(c.source)) errors[`citations.${i}.source`] = ['This source does not exist or is in the trash'];
  });
  return (owner: { proposalId: string } | { figureId: string }) =>
    citations.map((c, position) => ({ ...owner, sourceId: c.source, quote: c.quote, speakerId: c.speaker ? speakers.get(c.speaker)! : null, position }));
}

/**
 * The record being edited, checked against the version the editor opened.
 * Returns null for a create (no id).
 */
export async function loadForEdit(
  tx: Tx,
  type: RecordType,
  meta: { id?: string; version?: number },
  find: (id: string) => Promise<{ id: string; version: number } | null>,
  notFound: () => Error,
) {
  if (!meta.id) return null;
  const current = await find(meta.id);
  if (!current) throw notFound();
  const before = (await recordSnapshots[type](tx, current.id))!;
  if (meta.version !== current.version) throw await conflict(tx, type, current.id, current.version, meta.version, before);
  return { current, before };
}

/** The other side of the atomic version check: the UPDATE … WHERE version matched nothing. */
export async function lostRace(tx: Tx, type: RecordType, id: string, yourVersion: number | undefined): Promise<ConflictError> {
  const now = (await recordSnapshots[type](tx, id)) ?? {};
  const row = await (type === 'actor'
    ? tx.actor.findUnique({ where: { id }, select: { version: true } })
    : type === 'sector'
      ? tx.sector.findUnique({ where: { id }, select: { version: true } })
      : type === 'source'
        ? tx.source.findUnique({ where: { id }, select: { version: true } })
        : type === 'proposal'
          ? tx.proposal.findUnique({ where: { id }, select: { version: true } })
          : tx.figure.findUnique({ where: { id }, select: { version: true } }));
  return conflict(tx, type, id, row?.version ?? 0, yourVersion, now);
}

/** A unique-index race (two creates with one slug at once) reported on the field, not as a 500. */
export async function uniqueField<T>(field: string, message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new ValidationError({ [field]: [message] });
    throw error;
  }
}

/** The revision's action, named like the event writer's. */
export function changeAction(isUpdate: boolean, beforeStatus: unknown, afterStatus: unknown) {
  if (!isUpdate) return 'create';
  if (beforeStatus === afterStatus) return 'update';
  return afterStatus === 'published' ? 'publish' : 'unpublish';
}

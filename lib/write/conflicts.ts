/**
 * Optimistic concurrency, shared by every writer: the version the editor
 * opened is checked against the row, and a mismatch becomes a ConflictError
 * listing what the other editor changed since that version.
 */
import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { recordSnapshots, type EditableType, type SnapshotType } from '../data/snapshots';
import { diffSnapshots } from '../diff';
import { MAX_VERSION } from '../schemas/common';
import { ConflictError } from './errors';

type Tx = Prisma.TransactionClient;

export async function conflict(
  tx: Tx,
  entityType: SnapshotType | EditableType,
  entityId: string,
  currentVersion: number,
  yourVersion: number | undefined,
  current: object,
) {
  // A version beyond the column's range cannot have a revision (and would fail the query).
  const base =
    yourVersion && Number.isSafeInteger(yourVersion) && yourVersion > 0 && yourVersion <= MAX_VERSION
      ? await tx.revision.findFirst({ where: { entityType, entityId, version: yourVersion }, orderBy: { createdAt: 'desc' } })
      : null;
  const latest = await tx.revision.findFirst({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { user: { select: { name: true } } },
  });
  return new ConflictError(
    currentVersion,
    diffSnapshots((base?.snapshot as Record<string, unknown>) ?? null, current as Record<string, unknown>),
    latest?.user.name ?? null,
  );
}

/**
 * The record being edited, checked against the version the editor opened.
 * Returns null for a create (no id).
 */
export async function loadForEdit(
  tx: Tx,
  type: EditableType,
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
export async function lostRace(tx: Tx, type: EditableType, id: string, yourVersion: number | undefined): Promise<ConflictError> {
  const now = (await recordSnapshots[type](tx, id)) ?? {};
  const row = await (type === 'actor'
    ? tx.actor.findUnique({ where: { id }, select: { version: true } })
    : type === 'sector'
      ? tx.sector.findUnique({ where: { id }, select: { version: true } })
      : type === 'source'
        ? tx.source.findUnique({ where: { id }, select: { version: true } })
        : type === 'proposal'
          ? tx.proposal.findUnique({ where: { id }, select: { version: true } })
          : type === 'designation'
            ? tx.designation.findUnique({ where: { id }, select: { version: true } })
            : type === 'waiver'
              ? tx.waiver.findUnique({ where: { id }, select: { version: true } })
              : tx.figure.findUnique({ where: { id }, select: { version: true } }));
  return conflict(tx, type, id, row?.version ?? 0, yourVersion, now);
}

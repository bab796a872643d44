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

const isEmpty = (v: unknown) => v === undefined || v === null || v === '';

/** A list row with its keys in one order and its empty values dropped: what identifies it, whatever jsonb did to it. */
function canonicalRow(row: unknown): unknown {
  if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
  const entries = Object.entries(row as Record<string, unknown>)
    .filter(([, v]) => !isEmpty(v))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/**
 * A snapshot as the conflict view compares it: every list (actors, sectors,
 * proposals, citations, roles…) is a set of rows by identity, so the same
 * rows in another order are no change; empty values equal absent ones.
 */
function normalizeSnapshot(snapshot: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!snapshot) return null;
  return Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, v]) => !isEmpty(v))
      .map(([k, v]) => {
        if (!Array.isArray(v)) return [k, v];
        const rows = v.map(canonicalRow);
        const keyed = rows.map((r) => [JSON.stringify(r), r] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return [k, keyed.map(([, r]) => r)];
      }),
  );
}

/** The fields that really changed between two snapshots (see normalizeSnapshot). */
function changedFields(base: Record<string, unknown> | null, current: Record<string, unknown>) {
  return diffSnapshots(normalizeSnapshot(base), normalizeSnapshot(current)!);
}

export async function conflict(
  tx: Tx,
  entityType: SnapshotType | EditableType,
  entityId: string,
  currentVersion: number,
  yourVersion: number | undefined,
  current: object,
) {
  // A version beyond the column's range cannot have a revision (and would fail the query).
  const known = yourVersion !== undefined && Number.isSafeInteger(yourVersion) && yourVersion > 0 && yourVersion <= MAX_VERSION;
  const base = known
    ? await tx.revision.findFirst({ where: { entityType, entityId, version: yourVersion }, orderBy: { createdAt: 'desc' } })
    : null;
  // Who saved since the version the editor opened, oldest first: the names the panel shows.
  const since = await tx.revision.findMany({
    where: { entityType, entityId, ...(known ? { version: { gt: yourVersion } } : {}) },
    orderBy: [{ version: 'asc' }, { createdAt: 'asc' }],
    take: 50,
    include: { user: { select: { name: true, email: true } } },
  });
  const saves = since.map((r) => ({
    version: r.version,
    by: r.user.name || r.user.email,
    at: r.createdAt.toISOString(),
    message: r.message ?? null,
  }));
  const names = [...new Set(saves.map((s) => s.by))];
  return new ConflictError(
    currentVersion,
    changedFields((base?.snapshot as Record<string, unknown>) ?? null, current as Record<string, unknown>),
    names.length ? names.join(', ') : null,
    known ? yourVersion : null,
    saves,
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

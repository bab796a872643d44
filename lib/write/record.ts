import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';

export type EntityType = 'event' | 'actor' | 'sector' | 'source' | 'proposal' | 'figure' | 'user';
type Tx = Prisma.TransactionClient;

const toJson = (value: unknown) => (value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

/** One audit entry: who did what to which record, with before and after. */
export async function recordAudit(
  entry: { userId: string | null; action: string; entityType: EntityType; entityId?: string | null; before?: unknown; after?: unknown },
  tx?: Tx,
) {
  const client = tx ?? (await db());
  await client.auditEntry.create({
    data: {
      userId: entry.userId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}

/**
 * The revision and the audit entry of one save, written in the save's own
 * transaction so that a change is never recorded without its history (or
 * the other way round).
 */
export async function recordChange(
  tx: Tx,
  change: {
    userId: string;
    entityType: Exclude<EntityType, 'user'>;
    entityId: string;
    version: number;
    action: string;
    before: unknown;
    after: unknown;
    message?: string | null;
  },
) {
  await tx.revision.create({
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      version: change.version,
      action: change.action,
      snapshot: toJson(change.after) ?? {},
      message: change.message || null,
      userId: change.userId,
    },
  });
  await recordAudit(
    { userId: change.userId, action: change.action, entityType: change.entityType, entityId: change.entityId, before: change.before, after: change.after },
    tx,
  );
}

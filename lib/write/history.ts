/**
 * Revisions and audit entries, written inside the caller's transaction.
 * No 'server-only' marker: besides the app, the seed scripts (plain tsx,
 * no react-server condition) write through this module.
 */
import type { Prisma } from '../generated/prisma/client';
import { recordSnapshots, type EditableType } from '../data/snapshots';

type EntityType = 'event' | 'actor' | 'sector' | 'source' | 'proposal' | 'figure' | 'user' | 'designation' | 'waiver';
type Tx = Prisma.TransactionClient;

export interface AuditInput {
  userId: string | null;
  action: string;
  entityType: EntityType;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}
export interface ChangeInput {
  userId: string;
  entityType: Exclude<EntityType, 'user'>;
  entityId: string;
  version: number;
  action: string;
  before: unknown;
  after: unknown;
  message?: string | null;
}

const toJson = (value: unknown) =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

const auditRow = (entry: AuditInput) => ({
  userId: entry.userId,
  action: entry.action,
  entityType: entry.entityType,
  entityId: entry.entityId ?? null,
  before: toJson(entry.before),
  after: toJson(entry.after),
});
const revisionRow = (c: ChangeInput) => ({
  entityType: c.entityType,
  entityId: c.entityId,
  version: c.version,
  action: c.action,
  snapshot: toJson(c.after) ?? {},
  message: c.message || null,
  userId: c.userId,
});

export async function writeAudit(tx: Tx, entry: AuditInput) {
  await tx.auditEntry.create({ data: auditRow(entry) });
}

/**
 * The revision and the audit entry of one save, written in the save's own
 * transaction so that a change is never recorded without its history (or
 * the other way round).
 */
export async function recordChange(tx: Tx, change: ChangeInput) {
  await tx.revision.create({ data: revisionRow(change) });
  await writeAudit(tx, {
    userId: change.userId,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    before: change.before,
    after: change.after,
  });
}

/** Many revisions and audit entries in two statements, for bulk writes (the seed) that would otherwise pay two round trips per record. */
export async function recordChanges(tx: Tx, changes: ChangeInput[]) {
  if (changes.length === 0) return;
  await tx.revision.createMany({ data: changes.map(revisionRow) });
  await tx.auditEntry.createMany({
    data: changes.map((c) =>
      auditRow({ userId: c.userId, action: c.action, entityType: c.entityType, entityId: c.entityId, before: c.before, after: c.after }),
    ),
  });
}

/** The revision's action, named like the event writer's. */
function changeAction(isUpdate: boolean, beforeStatus: unknown, afterStatus: unknown) {
  if (!isUpdate) return 'create';
  if (beforeStatus === afterStatus) return 'update';
  return afterStatus === 'published' ? 'publish' : 'unpublish';
}

/**
 * The history of one save of an actor, sector, source, proposal or figure:
 * the record as it now reads, written as its revision and audit entry beside
 * what it was before (null for a create). Returns nothing: the caller has
 * already written the row.
 */
export async function recordSave(
  tx: Tx,
  type: EditableType,
  save: { userId: string; id: string; version: number; before: Record<string, unknown> | null; action?: string; message?: string | null },
) {
  const after = await recordSnapshots[type](tx, save.id);
  // Proposals keep their publishing state in recordStatus (status is the proposal's own fate).
  const published = (snapshot: Record<string, unknown> | null) => (type === 'proposal' ? snapshot?.recordStatus : snapshot?.status);
  await recordChange(tx, {
    userId: save.userId,
    entityType: type,
    entityId: save.id,
    version: save.version,
    action: save.action ?? changeAction(save.before !== null, published(save.before), published(after)),
    before: save.before,
    after,
    message: save.message,
  });
}

import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { NotFoundError } from './errors';
import { recordChange } from './record';
import { snapshotOf } from './snapshots';

type Tx = Prisma.TransactionClient;
export type RecordType = 'actor' | 'sector' | 'source' | 'proposal' | 'figure';
export const recordTypes: RecordType[] = ['actor', 'sector', 'source', 'proposal', 'figure'];

/** Full snapshots, the shape each record's form edits and each revision stores (one shape, in snapshots.ts). */
export const recordSnapshots: Record<RecordType, (tx: Tx, id: string) => Promise<Record<string, unknown> | null>> = {
  actor: (tx, id) => snapshotOf(tx, 'actor', id),
  sector: (tx, id) => snapshotOf(tx, 'sector', id),
  source: (tx, id) => snapshotOf(tx, 'source', id),
  proposal: (tx, id) => snapshotOf(tx, 'proposal', id),
  figure: (tx, id) => snapshotOf(tx, 'figure', id),
};

type Delegate = { findFirst(args: object): Promise<{ id: string; version: number } | null>; update(args: object): Promise<unknown> };
export function delegateOf(tx: Tx, type: RecordType): Delegate {
  const map = { actor: tx.actor, sector: tx.sector, source: tx.source, proposal: tx.proposal, figure: tx.figure };
  return map[type] as unknown as Delegate;
}

/** Moves a record to the trash or back, with its revision and audit entry. */
export async function setTrashed(tx: Tx, userId: string, type: RecordType, id: string, trashed: boolean) {
  const model = delegateOf(tx, type);
  const current = await model.findFirst({ where: { id, deletedAt: trashed ? null : { not: null } } });
  if (!current) throw new NotFoundError(trashed ? 'This record is already in the trash or does not exist.' : 'This record is not in the trash.');
  const snapshot = await recordSnapshots[type](tx, id);
  await model.update({ where: { id }, data: { deletedAt: trashed ? new Date() : null, version: { increment: 1 } } });
  await recordChange(tx, {
    userId,
    entityType: type,
    entityId: id,
    version: current.version + 1,
    action: trashed ? 'trash' : 'restore-from-trash',
    before: trashed ? snapshot : { ...snapshot, trashed: true },
    after: trashed ? { ...snapshot, trashed: true } : snapshot,
  });
}

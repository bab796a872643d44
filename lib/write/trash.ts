import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { recordSnapshots, type EditableType } from '../data/snapshots';
import { NotFoundError } from './errors';
import { recordChange } from './history';

type Tx = Prisma.TransactionClient;

type Delegate = { findFirst(args: object): Promise<{ id: string; version: number } | null>; update(args: object): Promise<unknown> };
function delegateOf(tx: Tx, type: EditableType): Delegate {
  const map = {
    actor: tx.actor,
    sector: tx.sector,
    source: tx.source,
    proposal: tx.proposal,
    figure: tx.figure,
    designation: tx.designation,
    waiver: tx.waiver,
  };
  return map[type] as unknown as Delegate;
}

/** Moves a record to the trash or back, with its revision and audit entry. */
export async function setTrashed(tx: Tx, userId: string, type: EditableType, id: string, trashed: boolean) {
  const model = delegateOf(tx, type);
  const current = await model.findFirst({ where: { id, deletedAt: trashed ? null : { not: null } } });
  if (!current)
    throw new NotFoundError(trashed ? 'This record is already in the trash or does not exist.' : 'This record is not in the trash.');
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

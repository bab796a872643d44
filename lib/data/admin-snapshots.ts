import 'server-only';
import { db } from '../db';
import { requireEditor } from '../auth/authorize';
import { eventInclude, toEventDTO } from './events';
import { eventSnapshot, recordSnapshots, type EditableType } from './snapshots';

/** What the edit form of an event starts from: the same snapshot a save compares against. */
export async function eventEditSnapshot(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.$transaction((tx) => eventSnapshot(tx, id));
}

/** What the edit form of an actor, sector, source, proposal or figure starts from. */
export async function recordEditSnapshot(type: EditableType, id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.$transaction((tx) => recordSnapshots[type](tx, id));
}

/** An event as readers will see it, whatever its state (draft, trashed): for the preview page only. */
export async function eventPreview(id: string) {
  await requireEditor();
  const prisma = await db();
  const row = await prisma.event.findUnique({ where: { id }, include: eventInclude });
  return row ? { event: toEventDTO(row), draft: row.status === 'draft', trashed: row.deletedAt !== null } : null;
}

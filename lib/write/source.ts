import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { SourceInput } from '../schemas/source';
import { NotFoundError, ValidationError } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { slugOrGenerated } from './slugs';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const ID_TAKEN = 'Another source uses this id; choose another';

/**
 * Creates (no meta.id) or updates a source inside the caller's transaction.
 * A source's id is chosen once: citations reference it, so an edit must
 * carry the same id it was opened with.
 */
export async function writeSource(tx: Tx, userId: string, meta: { id?: string; version?: number }, input: SourceInput, action?: string) {
  const edit = await loadForEdit(
    tx,
    'source',
    meta,
    (id) => tx.source.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This source no longer exists or is in the trash.'),
  );
  // Left empty: kept on an edit, made from the title on a create (short: citations carry it).
  input = { ...input, id: await slugOrGenerated(tx, 'source', input.id, edit?.current.id, input.title, 60) };

  if (edit && input.id !== edit.current.id)
    throw new ValidationError({ id: ['The id of a source cannot be changed, because citations refer to it'] });
  if (!edit) {
    const taken = await tx.source.findUnique({ where: { id: input.id }, select: { deletedAt: true } });
    if (taken) throw new ValidationError({ id: [taken.deletedAt ? 'A source in the trash uses this id; choose another' : ID_TAKEN] });
  }

  const fields = {
    title: input.title,
    outlet: input.outlet ?? null,
    author: input.author ?? null,
    publishedAt: input.publishedAt ? parseIsoDay(input.publishedAt) : null,
    publishedPrecision: input.publishedAt ? (input.publishedPrecision ?? 'day') : null,
    url: input.url ?? null,
    kind: input.kind,
    note: input.note ?? null,
    status: input.status,
  };
  const id = input.id;
  let version: number;
  if (edit) {
    const updated = await tx.source.updateMany({
      where: { id, version: edit.current.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await lostRace(tx, 'source', id, meta.version);
    version = edit.current.version + 1;
  } else {
    const created = await uniqueField('id', ID_TAKEN, () => tx.source.create({ data: { id, ...fields }, select: { version: true } }));
    version = created.version;
  }

  await recordSave(tx, 'source', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, version };
}

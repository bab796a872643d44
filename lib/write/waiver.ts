import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { WaiverInput } from '../schemas/sanction';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { citationRows, idsBySlug } from './references';

type Tx = Prisma.TransactionClient;

/** Creates (no id) or updates a waiver and its citations inside the caller's transaction, with revision and audit entry. */
export async function writeWaiver(tx: Tx, userId: string, meta: { id?: string; version?: number }, input: WaiverInput, action?: string) {
  const edit = await loadForEdit(
    tx,
    'waiver',
    meta,
    (id) => tx.waiver.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This waiver no longer exists or is in the trash.'),
  );

  const errors: Errors = {};
  const actors = await idsBySlug(tx, 'actor', [input.actor], () => 'actor', errors);
  const events = await idsBySlug(tx, 'event', [input.event], () => 'event', errors);
  const actorId = actors.get(input.actor!);
  if (input.designation && actorId) {
    // The designation it suspends must be one of the same actor's.
    const designation = await tx.designation.findFirst({ where: { id: input.designation, deletedAt: null }, select: { actorId: true } });
    if (!designation) errors.designation = ['This designation does not exist or is in the trash'];
    else if (designation.actorId !== actorId) errors.designation = ['This designation is of another actor'];
  }
  const citations = await citationRows(tx, input.citations, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const fields = {
    kind: input.kind,
    name: input.name ?? null,
    actorId: actorId!,
    designationId: input.designation ?? null,
    eventId: input.event ? events.get(input.event)! : null,
    validFrom: input.validFrom ? parseIsoDay(input.validFrom) : null,
    fromPrecision: input.validFrom ? (input.fromPrecision ?? 'day') : null,
    validTo: input.validTo ? parseIsoDay(input.validTo) : null,
    toPrecision: input.validTo ? (input.toPrecision ?? 'day') : null,
    note: input.note ?? null,
    status: input.status,
  };
  let id: string;
  let version: number;
  if (edit) {
    const updated = await tx.waiver.updateMany({
      where: { id: edit.current.id, version: edit.current.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await lostRace(tx, 'waiver', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
    await tx.citation.deleteMany({ where: { waiverId: id } });
  } else {
    const created = await tx.waiver.create({ data: fields, select: { id: true, version: true } });
    id = created.id;
    version = created.version;
  }
  await tx.citation.createMany({ data: citations({ waiverId: id }) });

  await recordSave(tx, 'waiver', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, version };
}

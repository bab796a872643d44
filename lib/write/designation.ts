import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { DesignationInput } from '../schemas/sanction';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { citationRows, idsBySlug } from './references';

type Tx = Prisma.TransactionClient;

/** Creates (no id) or updates a designation and its citations inside the caller's transaction, with revision and audit entry. */
export async function writeDesignation(
  tx: Tx,
  userId: string,
  meta: { id?: string; version?: number },
  input: DesignationInput,
  action?: string,
) {
  const edit = await loadForEdit(
    tx,
    'designation',
    meta,
    (id) => tx.designation.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This designation no longer exists or is in the trash.'),
  );

  const errors: Errors = {};
  const actors = await idsBySlug(tx, 'actor', [input.actor], () => 'actor', errors);
  const citations = await citationRows(tx, input.citations, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const fields = {
    actorId: actors.get(input.actor!)!,
    authority: input.authority,
    authorityName: input.authorityName ?? null,
    programme: input.programme ?? null,
    listedOn: input.listedOn ? parseIsoDay(input.listedOn) : null,
    listedPrecision: input.listedOn ? (input.listedPrecision ?? 'day') : null,
    listedOnOrBefore: input.listedOn ? input.listedOnOrBefore : false,
    delistedOn: input.delistedOn ? parseIsoDay(input.delistedOn) : null,
    delistedPrecision: input.delistedOn ? (input.delistedPrecision ?? 'day') : null,
    note: input.note ?? null,
    status: input.status,
  };
  let id: string;
  let version: number;
  if (edit) {
    const updated = await tx.designation.updateMany({
      where: { id: edit.current.id, version: edit.current.version },
      data: { ...fields, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw await lostRace(tx, 'designation', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
    await tx.citation.deleteMany({ where: { designationId: id } });
  } else {
    const created = await tx.designation.create({ data: fields, select: { id: true, version: true } });
    id = created.id;
    version = created.version;
  }
  await tx.citation.createMany({ data: citations({ designationId: id }) });

  await recordSave(tx, 'designation', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, version };
}

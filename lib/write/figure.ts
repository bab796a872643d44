import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { FigureInput } from '../schemas/figure';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { citationRows, idsBySlug } from './references';
import { slugOrGenerated } from './slugs';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const SLUG_TAKEN = 'Another figure uses this slug; choose another';

/** Creates (no id) or updates a figure and its citations inside the caller's transaction, with revision and audit entry. */
export async function writeFigure(tx: Tx, userId: string, meta: { id?: string; version?: number }, input: FigureInput, action?: string) {
  const edit = await loadForEdit(
    tx,
    'figure',
    meta,
    (id) => tx.figure.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This figure no longer exists or is in the trash.'),
  );
  // Left empty: kept on an edit, made from the label on a create.
  input = { ...input, slug: await slugOrGenerated(tx, 'figure', input.slug, edit?.current.id, input.label) };

  const errors: Errors = {};
  const taken = await tx.figure.findFirst({
    where: { slug: input.slug, NOT: edit ? { id: edit.current.id } : undefined },
    select: { deletedAt: true },
  });
  if (taken) errors.slug = [taken.deletedAt ? 'A figure in the trash uses this slug; choose another' : SLUG_TAKEN];
  const sectors = await idsBySlug(tx, 'sector', [input.sector], () => 'sector', errors);
  const citations = await citationRows(tx, input.citations, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const fields = {
    slug: input.slug,
    label: input.label,
    value: input.value,
    unit: input.unit,
    currency: input.currency ?? null,
    asOf: input.asOf ? parseIsoDay(input.asOf) : null,
    asOfPrecision: input.asOf ? (input.asOfPrecision ?? 'day') : null,
    sectorId: input.sector ? sectors.get(input.sector)! : null,
    status: input.status,
  };
  let id: string;
  let version: number;
  if (edit) {
    const updated = await uniqueField('slug', SLUG_TAKEN, () =>
      tx.figure.updateMany({
        where: { id: edit.current.id, version: edit.current.version },
        data: { ...fields, version: { increment: 1 } },
      }),
    );
    if (updated.count !== 1) throw await lostRace(tx, 'figure', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
    await tx.citation.deleteMany({ where: { figureId: id } });
  } else {
    const created = await uniqueField('slug', SLUG_TAKEN, () => tx.figure.create({ data: fields, select: { id: true, version: true } }));
    id = created.id;
    version = created.version;
  }
  await tx.citation.createMany({ data: citations({ figureId: id }) });

  await recordSave(tx, 'figure', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, slug: input.slug, version };
}

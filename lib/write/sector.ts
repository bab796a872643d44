import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { SectorInput } from '../schemas/sector';
import { NotFoundError, ValidationError } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { slugOrGenerated } from './slugs';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const SLUG_TAKEN = 'Another sector uses this slug; choose another';

/** Creates (no id) or updates a sector inside the caller's transaction, with its revision and audit entry. */
export async function writeSector(tx: Tx, userId: string, meta: { id?: string; version?: number }, input: SectorInput, action?: string) {
  const edit = await loadForEdit(
    tx,
    'sector',
    meta,
    (id) => tx.sector.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This sector no longer exists or is in the trash.'),
  );
  // Left empty: kept on an edit, made from the name on a create.
  input = { ...input, slug: await slugOrGenerated(tx, 'sector', input.slug, edit?.current.id, input.name) };

  const taken = await tx.sector.findFirst({
    where: { slug: input.slug, NOT: edit ? { id: edit.current.id } : undefined },
    select: { deletedAt: true },
  });
  if (taken) throw new ValidationError({ slug: [taken.deletedAt ? 'A sector in the trash uses this slug; choose another' : SLUG_TAKEN] });

  const fields = { slug: input.slug, name: input.name, description: input.description, status: input.status };
  let id: string;
  let version: number;
  if (edit) {
    const updated = await uniqueField('slug', SLUG_TAKEN, () =>
      tx.sector.updateMany({
        where: { id: edit.current.id, version: edit.current.version },
        data: { ...fields, version: { increment: 1 } },
      }),
    );
    if (updated.count !== 1) throw await lostRace(tx, 'sector', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
  } else {
    const created = await uniqueField('slug', SLUG_TAKEN, () => tx.sector.create({ data: fields, select: { id: true, version: true } }));
    id = created.id;
    version = created.version;
  }

  await recordSave(tx, 'sector', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, slug: input.slug, version };
}

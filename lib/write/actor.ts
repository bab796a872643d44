import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { parseIsoDay } from '../dates';
import type { ActorInput } from '../schemas/actor';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { idsBySlug } from './references';
import { slugOrGenerated } from './slugs';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const SLUG_TAKEN = 'Another actor uses this slug; choose another';

/**
 * Creates (no id) or updates an actor from validated form input, inside the
 * caller's transaction: version check, roles, revision and audit entry
 * commit together or not at all. Other records reference the actor by id,
 * so a new slug keeps every event, role and citation attached.
 */
export async function writeActor(tx: Tx, userId: string, meta: { id?: string; version?: number }, input: ActorInput, action?: string) {
  const edit = await loadForEdit(
    tx,
    'actor',
    meta,
    (id) => tx.actor.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This actor no longer exists or is in the trash.'),
  );
  // Left empty: kept on an edit, made from the name on a create.
  input = { ...input, slug: await slugOrGenerated(tx, 'actor', input.slug, edit?.current.id, input.name) };

  const errors: Errors = {};
  const taken = await tx.actor.findFirst({
    where: { slug: input.slug, NOT: edit ? { id: edit.current.id } : undefined },
    select: { deletedAt: true },
  });
  if (taken) errors.slug = [taken.deletedAt ? 'An actor in the trash uses this slug; choose another' : SLUG_TAKEN];
  const organisations = await idsBySlug(
    tx,
    'actor',
    input.roles.map((r) => r.organisation),
    (i) => `roles.${i}.organisation`,
    errors,
  );
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const fields = {
    slug: input.slug,
    name: input.name,
    kind: input.kind,
    aliases: input.aliases,
    country: input.country ?? null,
    description: input.description ?? null,
    status: input.status,
  };
  let id: string;
  let version: number;
  if (edit) {
    // The WHERE on version makes the check atomic with the write.
    const updated = await uniqueField('slug', SLUG_TAKEN, () =>
      tx.actor.updateMany({
        where: { id: edit.current.id, version: edit.current.version },
        data: { ...fields, version: { increment: 1 } },
      }),
    );
    if (updated.count !== 1) throw await lostRace(tx, 'actor', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
    await tx.actorRole.deleteMany({ where: { actorId: id } });
  } else {
    const created = await uniqueField('slug', SLUG_TAKEN, () => tx.actor.create({ data: fields, select: { id: true, version: true } }));
    id = created.id;
    version = created.version;
  }

  await tx.actorRole.createMany({
    data: input.roles.map((r, position) => ({
      actorId: id,
      title: r.title,
      organisationId: r.organisation ? organisations.get(r.organisation)! : null,
      startDate: r.from ? parseIsoDay(r.from) : null,
      startPrecision: r.from ? (r.fromPrecision ?? 'day') : null,
      endDate: r.to ? parseIsoDay(r.to) : null,
      endPrecision: r.to ? (r.toPrecision ?? 'day') : null,
      position,
    })),
  });

  await recordSave(tx, 'actor', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, slug: input.slug, version };
}

import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { ProposalInput } from '../schemas/proposal';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { loadForEdit, lostRace } from './conflicts';
import { recordSave } from './history';
import { citationRows, idsBySlug } from './references';
import { slugOrGenerated } from './slugs';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const SLUG_TAKEN = 'Another proposal uses this slug; choose another';

/**
 * Creates (no id) or updates a proposal inside the caller's transaction: its
 * sector, proposers, event links and citations are replaced together with
 * the version bump, the revision and the audit entry.
 */
export async function writeProposal(
  tx: Tx,
  userId: string,
  meta: { id?: string; version?: number },
  input: ProposalInput,
  action?: string,
) {
  const edit = await loadForEdit(
    tx,
    'proposal',
    meta,
    (id) => tx.proposal.findFirst({ where: { id, deletedAt: null }, select: { id: true, version: true } }),
    () => new NotFoundError('This proposal no longer exists or is in the trash.'),
  );
  // Left empty: kept on an edit, made from the title on a create.
  input = { ...input, slug: await slugOrGenerated(tx, 'proposal', input.slug, edit?.current.id, input.title) };

  const errors: Errors = {};
  const taken = await tx.proposal.findFirst({
    where: { slug: input.slug, NOT: edit ? { id: edit.current.id } : undefined },
    select: { deletedAt: true },
  });
  if (taken) errors.slug = [taken.deletedAt ? 'A proposal in the trash uses this slug; choose another' : SLUG_TAKEN];
  const sectors = await idsBySlug(tx, 'sector', [input.sector], () => 'sector', errors);
  const actors = await idsBySlug(tx, 'actor', input.proposedBy, (i) => `proposedBy.${i}`, errors, {
    listedTwice: 'This actor is listed twice',
  });
  const events = await idsBySlug(
    tx,
    'event',
    input.events.map((e) => e.event),
    (i) => `events.${i}.event`,
    errors,
    { listedTwice: 'This event is listed twice' },
  );
  const citations = await citationRows(tx, input.citations, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);

  const fields = {
    slug: input.slug,
    title: input.title,
    summary: input.summary,
    sectorId: sectors.get(input.sector)!,
    status: input.status,
    recordStatus: input.recordStatus,
  };
  let id: string;
  let version: number;
  if (edit) {
    const updated = await uniqueField('slug', SLUG_TAKEN, () =>
      tx.proposal.updateMany({
        where: { id: edit.current.id, version: edit.current.version },
        data: { ...fields, version: { increment: 1 } },
      }),
    );
    if (updated.count !== 1) throw await lostRace(tx, 'proposal', edit.current.id, meta.version);
    id = edit.current.id;
    version = edit.current.version + 1;
    await tx.proposalActor.deleteMany({ where: { proposalId: id } });
    await tx.proposalEvent.deleteMany({ where: { proposalId: id } });
    await tx.citation.deleteMany({ where: { proposalId: id } });
  } else {
    const created = await uniqueField('slug', SLUG_TAKEN, () => tx.proposal.create({ data: fields, select: { id: true, version: true } }));
    id = created.id;
    version = created.version;
  }

  await tx.proposalActor.createMany({
    data: [...new Set(input.proposedBy)].map((slug) => ({ proposalId: id, actorId: actors.get(slug)! })),
  });
  await tx.proposalEvent.createMany({
    data: input.events.map((e) => ({ proposalId: id, eventId: events.get(e.event)!, status: e.status ?? null, note: e.note ?? null })),
  });
  await tx.citation.createMany({ data: citations({ proposalId: id }) });

  await recordSave(tx, 'proposal', { userId, id, version, before: edit?.before ?? null, action, message: input.message });
  return { id, slug: input.slug, version };
}

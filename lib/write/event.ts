import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import type { ProposalStatus } from '../generated/prisma/enums';
import { parseIsoDay, periodEnd } from '../dates';
import type { EventInput } from '../schemas/event';
import { NEW_SOURCE } from '../schemas/event';
import { eventSnapshot, type EventSnapshot } from '../data/snapshots';
import { conflict } from './conflicts';
import { NotFoundError, ValidationError, type Errors } from './errors';
import { recordChange } from './history';
import { idsBySlug, sourceIds } from './references';
import { createNamedActors } from './named-actors';
import { freeSlug, slugOrGenerated } from './slugs';
import { resolvePlace } from './place';
import { uniqueField } from './unique-field';

type Tx = Prisma.TransactionClient;

const SLUG_TAKEN = 'Another event uses (or used) this slug; choose another';

/**
 * Creates (no id) or updates an event from validated form input, inside the
 * caller's transaction: the version check, the links, the slug history, the
 * revision and the audit entry all commit together or not at all.
 */
export async function writeEvent(
  tx: Tx,
  userId: string,
  meta: { id?: string; version?: number },
  input: EventInput,
  action?: string,
): Promise<{ id: string; slug: string; version: number; previousSlug: string | null }> {
  let before: EventSnapshot | null = null;
  let current: { id: string; slug: string; version: number } | null = null;
  if (meta.id) {
    current = await tx.event.findFirst({ where: { id: meta.id, deletedAt: null }, select: { id: true, slug: true, version: true } });
    if (!current) throw new NotFoundError('This event no longer exists or is in the trash.');
    before = await eventSnapshot(tx, meta.id);
    if (meta.version !== current.version) throw await conflict(tx, 'event', current.id, current.version, meta.version, before!);
  }

  const errors: Errors = {};
  // Left empty: kept on an edit, made from the title on a create.
  input = { ...input, slug: await slugOrGenerated(tx, 'event', input.slug, current?.id, input.title) };
  const taken = await tx.event.findFirst({ where: { slug: input.slug, NOT: meta.id ? { id: meta.id } : undefined }, select: { id: true } });
  const formerElsewhere = await tx.eventSlugRedirect.findFirst({
    where: { fromSlug: input.slug, NOT: meta.id ? { eventId: meta.id } : undefined },
  });
  if (taken || formerElsewhere) errors.slug = [SLUG_TAKEN];

  const actors = await idsBySlug(
    tx,
    'actor',
    input.actors.map((a) => a.actor),
    (i) => `actors.${i}.actor`,
    errors,
    { listedTwice: 'This actor is listed twice', canCreate: (i) => input.actors[i].create === true },
  );
  const speakers = await idsBySlug(
    tx,
    'actor',
    input.citations.map((c) => c.speaker),
    (i) => `citations.${i}.speaker`,
    errors,
  );
  const sectors = await idsBySlug(tx, 'sector', input.sectors, (i) => `sectors.${i}`, errors, {
    listedTwice: 'This sector is listed twice',
  });
  const proposals = await idsBySlug(tx, 'proposal', input.proposals, (i) => `proposals.${i}`, errors, {
    listedTwice: 'This proposal is listed twice',
  });
  const sources = await sourceIds(tx, input.citations, errors, NEW_SOURCE);
  const placeId = await resolvePlace(tx, input.place, errors);
  if (Object.keys(errors).length) throw new ValidationError(errors);
  // Actors the editor chose to create by name ("create a new actor named …"), through the actor writer.
  await createNamedActors(tx, userId, input, actors);

  let newSourceId: string | null = null;
  if (input.newSource) {
    newSourceId = await freeSlug(tx, 'source', input.newSource.title, new Set(), 'source', 60);
    const s = input.newSource;
    const source = {
      id: newSourceId,
      title: s.title,
      outlet: s.outlet ?? null,
      author: s.author ?? null,
      publishedAt: s.publishedAt ? parseIsoDay(s.publishedAt) : null,
      publishedPrecision: s.publishedAt ? (s.publishedPrecision ?? 'day') : null,
      url: s.url ?? null,
      kind: s.kind,
      status: 'published' as const,
    };
    // Two saves creating a source with one title at once: the loser is told, not given a 500.
    await uniqueField('newSource.title', 'A source with this title was created at the same moment; save again', () =>
      tx.source.create({ data: source }),
    );
    await recordChange(tx, {
      userId,
      entityType: 'source',
      entityId: newSourceId,
      version: 1,
      action: 'create',
      before: null,
      after: source,
    });
  }

  const start = parseIsoDay(input.startDate);
  const fields = {
    title: input.title,
    slug: input.slug,
    type: input.type,
    startDate: start,
    precision: input.precision,
    endDate: input.endDate ? parseIsoDay(input.endDate) : null,
    periodEnd: input.endDate ? parseIsoDay(input.endDate) : periodEnd(start, input.precision),
    approximate: input.approximate,
    location: input.location ?? null,
    placeId,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    summary: input.summary,
    status: input.status,
  };

  let id: string;
  let version: number;
  const keptProposalLinks = new Map<string, { status: ProposalStatus | null; note: string | null }>();
  if (current) {
    // The WHERE on version makes the check atomic with the write.
    const updated = await uniqueField('slug', SLUG_TAKEN, () =>
      tx.event.updateMany({ where: { id: current.id, version: current.version }, data: { ...fields, version: { increment: 1 } } }),
    );
    if (updated.count !== 1) throw await conflict(tx, 'event', current.id, current.version + 1, meta.version, before!);
    id = current.id;
    version = current.version + 1;
    // Links kept across the save keep the status and note the proposal form gave them.
    for (const link of await tx.proposalEvent.findMany({ where: { eventId: id } })) {
      keptProposalLinks.set(link.proposalId, { status: link.status, note: link.note });
    }
    await tx.eventActor.deleteMany({ where: { eventId: id } });
    await tx.eventSector.deleteMany({ where: { eventId: id } });
    await tx.proposalEvent.deleteMany({ where: { eventId: id } });
    await tx.citation.deleteMany({ where: { eventId: id } });
  } else {
    // The checks above cannot see a concurrent save's uncommitted row; the unique index can.
    const created = await uniqueField('slug', SLUG_TAKEN, () => tx.event.create({ data: fields, select: { id: true, version: true } }));
    id = created.id;
    version = created.version;
  }

  await tx.eventActor.createMany({
    data: input.actors.map((a) => ({ eventId: id, actorId: actors.get(a.actor)!, role: a.role, title: a.title ?? null })),
  });
  await tx.eventSector.createMany({ data: [...new Set(input.sectors)].map((text) => ({ eventId: id, sectorId: sectors.get(text)! })) });
  await tx.proposalEvent.createMany({
    data: [...new Set(input.proposals)].map((text) => ({
      eventId: id,
      proposalId: proposals.get(text)!,
      ...(keptProposalLinks.get(proposals.get(text)!) ?? {}),
    })),
  });
  await tx.citation.createMany({
    data: input.citations.map((c, position) => ({
      eventId: id,
      sourceId: c.source === NEW_SOURCE ? newSourceId! : sources.get(c.source)!,
      quote: c.quote,
      speakerId: c.speaker ? speakers.get(c.speaker)! : null,
      position,
    })),
  });

  const previousSlug = current && current.slug !== input.slug ? current.slug : null;
  if (previousSlug) {
    // The old permalink keeps working (308), forever; a slug taken back stops redirecting.
    await tx.eventSlugRedirect.upsert({
      where: { fromSlug: previousSlug },
      create: { fromSlug: previousSlug, eventId: id },
      update: { eventId: id },
    });
  }
  await tx.eventSlugRedirect.deleteMany({ where: { fromSlug: input.slug } });

  const after = await eventSnapshot(tx, id);
  await recordChange(tx, {
    userId,
    entityType: 'event',
    entityId: id,
    version,
    action:
      action ??
      (current ? (before?.status !== after?.status ? (after?.status === 'published' ? 'publish' : 'unpublish') : 'update') : 'create'),
    before,
    after,
    message: input.message,
  });
  return { id, slug: input.slug, version, previousSlug };
}

/** Moves an event to the trash (restorable); its permalink then answers 410. */
export async function trashEvent(tx: Tx, userId: string, id: string, version: number | undefined) {
  const current = await tx.event.findFirst({ where: { id, deletedAt: null } });
  if (!current) throw new NotFoundError('This event is already in the trash or does not exist.');
  const before = await eventSnapshot(tx, id);
  if (version !== undefined && version !== current.version) throw await conflict(tx, 'event', id, current.version, version, before!);
  await tx.event.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 } } });
  await recordChange(tx, {
    userId,
    entityType: 'event',
    entityId: id,
    version: current.version + 1,
    action: 'trash',
    before,
    after: { ...before, trashed: true },
  });
  return current.slug;
}

export async function untrashEvent(tx: Tx, userId: string, id: string) {
  const current = await tx.event.findFirst({ where: { id, deletedAt: { not: null } } });
  if (!current) throw new NotFoundError('This event is not in the trash.');
  await tx.event.update({ where: { id }, data: { deletedAt: null, version: { increment: 1 } } });
  const after = await eventSnapshot(tx, id);
  await recordChange(tx, {
    userId,
    entityType: 'event',
    entityId: id,
    version: current.version + 1,
    action: 'restore-from-trash',
    before: { ...after, trashed: true },
    after,
  });
  return current.slug;
}

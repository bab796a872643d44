import 'server-only';
import type { tags } from '../data/cache';
import type { EditableType } from '../data/snapshots';
import { db } from '../db';
import { actorInputSchema, type ActorInput } from '../schemas/actor';
import { figureInputSchema, type FigureInput } from '../schemas/figure';
import { proposalInputSchema, type ProposalInput } from '../schemas/proposal';
import { sectorInputSchema, type SectorInput } from '../schemas/sector';
import { sourceInputSchema, type SourceInput } from '../schemas/source';
import { designationInputSchema, waiverInputSchema, type DesignationInput, type WaiverInput } from '../schemas/sanction';
import { writeActor } from './actor';
import { writeDesignation } from './designation';
import { writeWaiver } from './waiver';
import { NotFoundError } from './errors';
import { writeFigure } from './figure';
import { writeProposal } from './proposal';
import { setTrashed } from './trash';
import { writeSector } from './sector';
import { writeSource } from './source';

/** What a committed write asks the caller to revalidate (lib/actions/support/revalidate.ts does it). */
export interface Revalidate {
  kinds: (keyof typeof tags)[];
  eventSlugs: string[];
}

interface Inputs {
  actor: ActorInput;
  sector: SectorInput;
  source: SourceInput;
  proposal: ProposalInput;
  figure: FigureInput;
  designation: DesignationInput;
  waiver: WaiverInput;
}
type Meta = { id?: string; version?: number };
type Writer<I> = (
  tx: Parameters<typeof writeActor>[0],
  userId: string,
  meta: Meta,
  input: I,
  action?: string,
) => Promise<{ id: string; version: number; slug?: string }>;

const writers: { [T in EditableType]: Writer<Inputs[T]> } = {
  actor: writeActor,
  sector: writeSector,
  source: writeSource,
  proposal: writeProposal,
  figure: writeFigure,
  designation: writeDesignation,
  waiver: writeWaiver,
};
const schemas = {
  actor: actorInputSchema,
  sector: sectorInputSchema,
  source: sourceInputSchema,
  proposal: proposalInputSchema,
  figure: figureInputSchema,
  designation: designationInputSchema,
  waiver: waiverInputSchema,
};

/** The public listings each record type shows up in. */
const kinds: Record<EditableType, Revalidate['kinds']> = {
  actor: ['actors', 'events'],
  sector: ['sectors', 'events'],
  source: ['sources', 'events'],
  proposal: ['proposals', 'sectors', 'events'],
  figure: ['figures', 'sectors'],
  // Sanctions show on actor pages and beside an event's participants.
  designation: ['actors', 'events'],
  waiver: ['actors', 'events'],
};
const plural = {
  actor: 'actors',
  sector: 'sectors',
  source: 'sources',
  proposal: 'proposals',
  figure: 'figures',
  designation: 'actors',
  waiver: 'actors',
} as const;

/** A revision's snapshot as its form would post it. Sources created from the event form were first recorded with nulls and full timestamps. */
function restorable(type: EditableType, snapshot: Record<string, unknown>) {
  if (type !== 'source') return snapshot;
  return Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, k === 'publishedAt' && typeof v === 'string' ? v.slice(0, 10) : v]),
  );
}

/** Creates (no meta.id) or updates a record in one transaction: row, links, revision and audit entry. */
export async function saveRecord<T extends EditableType>(type: T, userId: string, meta: Meta, input: Inputs[T]) {
  const prisma = await db();
  const saved = await prisma.$transaction((tx) => writers[type](tx, userId, meta, input));
  return { ...saved, revalidate: { kinds: kinds[type], eventSlugs: [] } satisfies Revalidate };
}

/** Moves a record to the trash (`trashed`) or back, with its revision and audit entry. */
export async function trashRecord(type: EditableType, userId: string, id: string, trashed = true) {
  const prisma = await db();
  await prisma.$transaction((tx) => setTrashed(tx, userId, type, id, trashed));
  return { revalidate: { kinds: [plural[type], 'events'], eventSlugs: [] } satisfies Revalidate };
}

export const restoreRecord = (type: EditableType, userId: string, id: string) => trashRecord(type, userId, id, false);

/**
 * Restores an old revision as a new one (history is never rewritten), after
 * validating it again: what was valid then must still be valid now (a cited
 * source or linked record may have gone).
 */
export async function restoreRecordRevision(type: EditableType, userId: string, revisionId: string, id: string) {
  const prisma = await db();
  const saved = await prisma.$transaction(async (tx) => {
    const revision = await tx.revision.findFirst({ where: { id: revisionId, entityType: type, entityId: id } });
    if (!revision) throw new NotFoundError('No such revision');
    const current = await (tx[type] as unknown as { findFirst(args: object): Promise<{ version: number } | null> }).findFirst({
      where: { id: revision.entityId, deletedAt: null },
      select: { version: true },
    });
    if (!current) throw new NotFoundError(`The ${type} is in the trash; restore it from the trash first.`);
    const parsed = schemas[type].safeParse({
      ...restorable(type, revision.snapshot as Record<string, unknown>),
      message: `Restored revision ${revision.version}`,
    });
    if (!parsed.success) throw new NotFoundError(`This revision can no longer be restored: ${parsed.error.issues[0].message}`);
    return (writers[type] as Writer<unknown>)(
      tx,
      userId,
      { id: revision.entityId, version: current.version },
      parsed.data,
      'restore-revision',
    );
  });
  return { ...saved, revalidate: { kinds: kinds[type], eventSlugs: [] } satisfies Revalidate };
}

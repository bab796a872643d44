'use server';

import { z } from 'zod';
import { editableTypes, type EditableType, type SnapshotType } from '../data/snapshots';
import { recordIdSchema } from '../schemas/common';
import { restoreEventRevision } from '../write/event-ops';
import { restoreRecord, restoreRecordRevision, trashRecord } from '../write/record-ops';
import { fieldOf } from './support/field-of';
import { runButton } from './support/run-button';
import { revalidateAfterWrite } from './support/revalidate';

const schema = z.object({ id: recordIdSchema, type: z.enum(editableTypes as [EditableType, ...EditableType[]]) });
/** Each type's admin folder under /admin. */
const plural: Record<SnapshotType | EditableType, string> = {
  event: 'events',
  actor: 'actors',
  sector: 'sectors',
  source: 'sources',
  proposal: 'proposals',
  figure: 'figures',
  designation: 'sanctions/designations',
  waiver: 'sanctions/waivers',
};
/** The admin list of the posted type, before it is validated (only where to send a refused request back). */
const listOf = (type: string, types: readonly string[], fallback: string) =>
  types.includes(type) ? plural[type as EditableType] : fallback;

export async function trashRecordAction(formData: FormData) {
  const back = `/admin/${listOf(fieldOf(formData, 'type'), editableTypes, 'actors')}`;
  await runButton(formData, schema, back, async (user, { id, type }) => {
    const { revalidate } = await trashRecord(type, user.id, id);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    // The id lets the list offer an undo.
    return `/admin/${plural[type]}?trashed=${encodeURIComponent(id)}`;
  });
}

export async function untrashRecordAction(formData: FormData) {
  await runButton(formData, schema, '/admin/trash', async (user, { id, type }) => {
    const { revalidate } = await restoreRecord(type, user.id, id);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    return `/admin/${plural[type]}/${encodeURIComponent(id)}?restored=1`;
  });
}

const snapshotTypes: (SnapshotType | EditableType)[] = ['event', ...editableTypes];
const revisionSchema = z.object({
  type: z.enum(snapshotTypes as [SnapshotType | EditableType, ...(SnapshotType | EditableType)[]]),
  id: recordIdSchema,
  revisionId: recordIdSchema.max(64),
});

/**
 * Restores an old revision of any record (event, actor, sector, source,
 * proposal, figure) as a new one: history is never rewritten. The revision
 * must belong to the posted record, so a tampered form cannot restore one
 * record's revision over another.
 */
export async function restoreRevision(formData: FormData) {
  const id = fieldOf(formData, 'id');
  const history = recordIdSchema.safeParse(id).success ? `/${encodeURIComponent(id)}/history` : '';
  const back = `/admin/${listOf(fieldOf(formData, 'type'), snapshotTypes, 'events')}${history}`;
  await runButton(formData, revisionSchema, back, async (user, { type, id, revisionId }) => {
    const saved =
      type === 'event' ? await restoreEventRevision(user.id, revisionId, id) : await restoreRecordRevision(type, user.id, revisionId, id);
    revalidateAfterWrite(saved.revalidate.kinds, saved.revalidate.eventSlugs);
    return `/admin/${plural[type]}/${encodeURIComponent(saved.id)}/history?restored=${saved.version}`;
  });
}

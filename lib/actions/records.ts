'use server';

import { z } from 'zod';
import { runButton } from './support/run-button';
import { restoreRecord, trashRecord } from '../write/record-ops';
import { recordTypes, type RecordType } from '../data/snapshots';
import { revalidateAfterWrite } from './support/revalidate';

const schema = z.object({ id: z.string().min(1).max(120), type: z.enum(recordTypes as [RecordType, ...RecordType[]]) });
const plural: Record<RecordType, 'actors' | 'sectors' | 'sources' | 'proposals' | 'figures'> = {
  actor: 'actors', sector: 'sectors', source: 'sources', proposal: 'proposals', figure: 'figures',
};

export async function trashRecordAction(formData: FormData) {
  const back = `/admin/${plural[(formData.get('type') as RecordType) ?? 'actor'] ?? 'actors'}`;
  await runButton(formData, schema, back, async (user, { id, type }) => {
    const { revalidate } = await trashRecord(type, user.id, id);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    return `/admin/${plural[type]}?trashed=1`;
  });
}

export async function untrashRecordAction(formData: FormData) {
  await runButton(formData, schema, '/admin/trash', async (user, { id, type }) => {
    const { revalidate } = await restoreRecord(type, user.id, id);
    revalidateAfterWrite(revalidate.kinds, revalidate.eventSlugs);
    return `/admin/${plural[type]}/${encodeURIComponent(id)}?restored=1`;
  });
}

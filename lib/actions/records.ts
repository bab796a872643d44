'use server';

import { z } from 'zod';
import { db } from '../db';
import { runButton } from '../write/run-button';
import { recordTypes, setTrashed, type RecordType } from '../write/records';
import { revalidateAfterWrite } from '../write/revalidate';

const schema = z.object({ id: z.string().min(1).max(120), type: z.enum(recordTypes as [RecordType, ...RecordType[]]) });
const plural: Record<RecordType, 'actors' | 'sectors' | 'sources' | 'proposals' | 'figures'> = {
  actor: 'actors', sector: 'sectors', source: 'sources', proposal: 'proposals', figure: 'figures',
};

export async function trashRecordAction(formData: FormData) {
  const back = `/admin/${plural[(formData.get('type') as RecordType) ?? 'actor'] ?? 'actors'}`;
  await runButton(formData, schema, back, async (user, { id, type }) => {
    const prisma = await db();
    await prisma.$transaction((tx) => setTrashed(tx, user.id, type, id, true));
    revalidateAfterWrite([plural[type], 'events']);
    return `/admin/${plural[type]}?trashed=1`;
  });
}

export async function untrashRecordAction(formData: FormData) {
  await runButton(formData, schema, '/admin/trash', async (user, { id, type }) => {
    const prisma = await db();
    await prisma.$transaction((tx) => setTrashed(tx, user.id, type, id, false));
    revalidateAfterWrite([plural[type], 'events']);
    return `/admin/${plural[type]}/${encodeURIComponent(id)}?restored=1`;
  });
}

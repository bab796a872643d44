/** The audit log names each record (live, in the trash, or deleted for good) and filters by kind, record, user and dates. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { createSession } from '@/lib/auth/session';
import { auditEntries } from '@/lib/data/admin-accounts';
import { actorInputSchema } from '@/lib/schemas/actor';
import { auditFilterSchema } from '@/lib/schemas/audit-filter';
import { saveRecord, trashRecord } from '@/lib/write/record-ops';
import { actAs } from '../support/request-context';
import { testUsers } from '../support/users';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);

const ids: Record<string, string> = {};

beforeAll(async () => {
  const prisma = await db();
  const admin = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } });
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(admin.id, 'vitest')).token);
  const actor = (name: string) => actorInputSchema.parse({ name, kind: 'person', status: 'draft' });
  ids.live = (await saveRecord('actor', editor.id, {}, actor('Audit Live Person'))).id;
  ids.trashed = (await saveRecord('actor', editor.id, {}, actor('Audit Trashed Person'))).id;
  await trashRecord('actor', editor.id, ids.trashed);
  ids.gone = (await saveRecord('actor', editor.id, {}, actor('Audit Gone Person'))).id;
  // Deleted for good (a script or a test can; the app never does): the log keeps the name it had.
  await prisma.actor.delete({ where: { id: ids.gone } });
});

describe('audit entries', () => {
  it('carry the title of their record, a link while it exists, and say when it is trashed or deleted', async () => {
    const { entries } = await auditEntries({ entityType: 'actor', user: testUsers.editor.email.toUpperCase() });
    const of = (id: string) => entries.find((e) => e.entityId === id)!.record;
    expect(of(ids.live)).toEqual({ title: 'Audit Live Person', href: `/admin/actors/${ids.live}`, state: 'live' });
    expect(of(ids.trashed)).toEqual({ title: 'Audit Trashed Person', href: `/admin/actors/${ids.trashed}`, state: 'trashed' });
    expect(of(ids.gone)).toEqual({ title: 'Audit Gone Person', href: null, state: 'deleted' });
    expect(entries.every((e) => e.entityType === 'actor' && e.user?.email === testUsers.editor.email)).toBe(true);
  });

  it('filter by record and by date range', async () => {
    const one = await auditEntries({ entityType: 'actor', entityId: ids.trashed });
    expect(one.entries.map((e) => e.action).sort()).toEqual(['create', 'trash']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await auditEntries({ entityId: ids.live, from: today, to: today })).entries).toHaveLength(1);
    expect((await auditEntries({ entityId: ids.live, to: '2000-01-01' })).entries).toHaveLength(0);
    expect((await auditEntries({ entityId: ids.live, from: '2999-01-01' })).entries).toHaveLength(0);
  });

  it('refuse bad filters with a message per field', () => {
    const bad = auditFilterSchema.safeParse({ from: '2025-13-45', to: 'x', entityType: 'planet', entityId: 'a\u0000b' });
    expect(bad.success).toBe(false);
    const fields = new Set(bad.error!.issues.map((i) => i.path.join('.')));
    expect(fields).toEqual(new Set(['from', 'to', 'entityType', 'entityId']));
    const backwards = auditFilterSchema.safeParse({ from: '2025-02-01', to: '2025-01-01' });
    expect(backwards.error!.issues[0]).toMatchObject({ path: ['to'], message: 'The end date must not be before the start date' });
    expect(auditFilterSchema.parse({ entityType: '', user: ['a@b.c', 'x'] })).toEqual({ user: 'a@b.c' });
  });
});

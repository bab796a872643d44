import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/lib/db';
import { saveEvent, trashEventAction } from '@/lib/actions/events';
import { idle } from '@/lib/forms/action-state';
import { createSession } from '@/lib/auth/session';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';
import { eventFormData } from '../support/factories';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const eventForm = (values: Record<string, string>) => eventFormData({ title: 'Race test', summary: 'Concurrent saves.', ...values });

beforeAll(async () => {
  const prisma = await db();
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(editor.id, 'vitest')).token);
});

afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'race-' } } });
});

describe('a version beyond the integer column', () => {
  it.each(['2147483648', '9007199254740993', '1e12'])('is a field error on save (%s), not a 500', async (version) => {
    const prisma = await db();
    const target = await prisma.event.findFirstOrThrow({
      where: { deletedAt: null },
      select: { id: true, slug: true, version: true, title: true },
    });
    const outcome = await callAction(() =>
      saveEvent(idle, eventForm({ id: target.id, version, slug: target.slug, title: 'Should not be saved' })),
    );
    expect(outcome.result).toMatchObject({
      status: 'error',
      fieldErrors: { version: expect.arrayContaining([expect.stringMatching(/version/i)]) },
    });
    expect(await prisma.event.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, title: true } })).toEqual({
      version: target.version,
      title: target.title,
    });
  });

  it('sends a trash button back with a message, not a 500', async () => {
    const prisma = await db();
    const target = await prisma.event.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true } });
    const fd = new FormData();
    fd.append('id', target.id);
    fd.append('version', '2147483648');
    const outcome = await callAction(() => trashEventAction(fd));
    expect(outcome.redirect).toMatch(new RegExp(`^/admin/events/${target.id}\\?error=`));
    expect(await prisma.event.findUniqueOrThrow({ where: { id: target.id }, select: { version: true, deletedAt: true } })).toEqual({
      version: target.version,
      deletedAt: null,
    });
  });
});

describe('concurrent creates with one new slug', () => {
  it('save one event and give the others a field error on the slug', async () => {
    const prisma = await db();
    const before = await prisma.event.count();
    const outcomes = await Promise.all(
      Array.from({ length: 8 }, (_, i) => callAction(() => saveEvent(idle, eventForm({ slug: 'race-same-slug', title: `Race ${i}` })))),
    );
    const saved = outcomes.filter((o) => o.redirect);
    const refused = outcomes.filter((o) => o.result);
    expect(saved).toHaveLength(1);
    expect(refused).toHaveLength(7);
    for (const o of refused) {
      expect(o.result).toMatchObject({
        status: 'error',
        fieldErrors: { slug: [expect.stringMatching(/slug/)] },
        values: { slug: 'race-same-slug' },
      });
    }
    expect(await prisma.event.count()).toBe(before + 1);
    const stored = await prisma.event.findUniqueOrThrow({ where: { slug: 'race-same-slug' }, select: { id: true } });
    expect(saved[0].redirect).toBe(`/admin/events/${stored.id}?saved=1`);
    // Only the winner's history was written.
    expect(await prisma.revision.count({ where: { entityType: 'event', entityId: stored.id } })).toBe(1);
  });
});

describe('100 concurrent saves with the default pool and waits', () => {
  it('queue and are each saved or clearly refused as busy, never thrown', async () => {
    const prisma = await db();
    const before = await prisma.event.count();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => callAction(() => saveEvent(idle, eventForm({ slug: `race-load-${i}`, title: `Load ${i}` })))),
    );
    const saved = outcomes.flatMap((o, i) => (o.redirect ? [i] : []));
    const busy = outcomes.flatMap((o, i) => (o.result?.status === 'error' && o.result.busy ? [i] : []));
    expect(saved.length + busy.length).toBe(100);
    const stored = await prisma.event.findMany({ where: { slug: { startsWith: 'race-load-' } }, select: { slug: true } });
    expect(stored.map((e) => e.slug).sort()).toEqual(saved.map((i) => `race-load-${i}`).sort());
    expect(await prisma.event.count()).toBe(before + saved.length);
  });
});

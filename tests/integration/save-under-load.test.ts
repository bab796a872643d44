/**
 * Saves under load wait their turn for a while, then are refused with a form
 * state that says so (nothing saved, input kept): never a thrown error/500.
 * This file runs in its own process with a deliberately small pool and short
 * wait, so that load is reachable on a test machine.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.hoisted(() => {
  process.env.DATABASE_POOL_SIZE = '3';
  process.env.DATABASE_TX_MAX_WAIT_MS = '300';
});

import { db } from '@/lib/db';
import { z } from 'zod';
import { saveEvent } from '@/lib/actions/events';
import { eventInputSchema } from '@/lib/schemas/event';
import { runForm } from '@/lib/actions/support/run-form';
import { runButton } from '@/lib/actions/support/run-button';
import { trashEvent, writeEvent } from '@/lib/write/event';
import { idle, type ActionState } from '@/lib/forms/action-state';
import { createSession } from '@/lib/auth/session';
import { actAs, callAction, nextHeadersMock } from '../support/request-context';
import { testUsers } from '../support/users';
import { eventFormData } from '../support/factories';

vi.mock('next/headers', async () => (await import('../support/request-context')).nextHeadersMock);
void nextHeadersMock;

const eventForm = (values: Record<string, string>) => eventFormData({ title: 'Load test', summary: 'Saved under load.', ...values });

type Busy = Extract<ActionState, { status: 'error' }>;
const isBusy = (state: ActionState | undefined): state is Busy => state?.status === 'error' && state.busy === true;

/** Keeps every pooled connection in a transaction for `ms`. */
async function holdPool(ms: number) {
  const prisma = await db();
  const held = Array.from({ length: 3 }, () =>
    prisma.$transaction(
      async (tx) => {
        await tx.$queryRawUnsafe(`SELECT pg_sleep(${ms / 1000})::text AS slept`);
      },
      { maxWait: 10_000, timeout: ms + 10_000 },
    ),
  );
  return Promise.all(held);
}

beforeAll(async () => {
  const prisma = await db();
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } });
  actAs((await createSession(editor.id, 'vitest')).token);
});

afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'load-' } } });
});

// Authorization reads the session first, through the same pool; the holders
// start after it, inside the handler, so that it is the save's own
// transaction that cannot start (what happens under real load).
describe('a save that cannot start', () => {
  it('answers "busy, nothing saved, input kept" and saves nothing', async () => {
    const prisma = await db();
    const before = await prisma.event.count();
    let holding: Promise<unknown> = Promise.resolve();
    const form = eventForm({ slug: 'load-held', title: 'Kept input' });
    const outcome = await callAction(() =>
      runForm(form, eventInputSchema, async (user, input, meta) => {
        holding = holdPool(1_500);
        await new Promise((r) => setTimeout(r, 300)); // let the holders take the pool
        const saved = await prisma.$transaction((tx) => writeEvent(tx, user.id, meta, input));
        return `/admin/events/${saved.id}?saved=${saved.version}`;
      }),
    );
    await holding;
    expect(outcome.redirect).toBeUndefined();
    expect(isBusy(outcome.result)).toBe(true);
    expect(outcome.result).toMatchObject({
      formError: expect.stringMatching(/busy.*nothing was saved.*input is kept/i),
      fieldErrors: {},
      values: { slug: 'load-held', title: 'Kept input' },
    });
    expect(await prisma.event.count()).toBe(before);
    // The kept input saves once the server has room.
    const again = await callAction(() => saveEvent(idle, eventForm({ slug: 'load-held', title: 'Kept input' })));
    expect(again.redirect).toMatch(/^\/admin\/events\/[^/?]+\?saved=1$/);
    await prisma.event.delete({ where: { slug: 'load-held' } });
  });

  it('sends a one-button form back with the busy message', async () => {
    const prisma = await db();
    const target = await prisma.event.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true, version: true } });
    let holding: Promise<unknown> = Promise.resolve();
    const fd = new FormData();
    fd.append('id', target.id);
    const back = `/admin/events/${target.id}`;
    const outcome = await callAction(() =>
      runButton(fd, z.object({ id: z.string() }), back, async (user, { id }) => {
        holding = holdPool(1_500);
        await new Promise((r) => setTimeout(r, 300));
        await prisma.$transaction((tx) => trashEvent(tx, user.id, id, undefined));
        return '/admin/events?trashed=1';
      }),
    );
    await holding;
    expect(outcome.redirect).toMatch(new RegExp(`^${back}\\?error=.*busy`, 'i'));
    expect(await prisma.event.findUniqueOrThrow({ where: { id: target.id }, select: { deletedAt: true, version: true } })).toEqual({
      deletedAt: null,
      version: target.version,
    });
  });
});

describe('100 concurrent saves', () => {
  it('each is saved or clearly refused as busy; none throws, and what was saved is all there', async () => {
    const prisma = await db();
    const before = await prisma.event.count();
    const outcomes = await Promise.all(
      Array.from({ length: 100 }, (_, i) => callAction(() => saveEvent(idle, eventForm({ slug: `load-${i}`, title: `Load ${i}` })))),
    );
    const saved = outcomes.flatMap((o, i) => (o.redirect ? [i] : []));
    const busy = outcomes.flatMap((o, i) => (isBusy(o.result) ? [i] : []));
    expect(saved.length + busy.length).toBe(100);
    expect(saved.length).toBeGreaterThan(0);
    for (const i of saved) expect(outcomes[i].redirect).toMatch(/^\/admin\/events\/[^/?]+\?saved=1$/);
    for (const i of busy) expect(outcomes[i].result).toMatchObject({ values: { slug: `load-${i}`, title: `Load ${i}` } });
    // Exactly the saves reported as saved are stored, each with its revision; the refused left nothing.
    expect(await prisma.event.count()).toBe(before + saved.length);
    const stored = await prisma.event.findMany({ where: { slug: { startsWith: 'load-' } }, select: { slug: true, id: true } });
    expect(stored.map((e) => e.slug).sort()).toEqual(saved.map((i) => `load-${i}`).sort());
    expect(await prisma.revision.count({ where: { entityType: 'event', entityId: { in: stored.map((e) => e.id) } } })).toBe(saved.length);
  });
});

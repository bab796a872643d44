/**
 * The in-memory set of moved and trashed slugs (lib/notify/slug-states.ts),
 * kept current by LISTEN/NOTIFY on the real PostgreSQL server:
 * - a write through the write path is in the set when the write returns,
 *   and reading it is synchronous (it cannot query the database);
 * - a change made while the LISTEN connection is down (its notification
 *   lost) is picked up by the reload after the reconnect;
 * - every former slug of a trashed event answers 410 (issue 12).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { eventInputSchema } from '@/lib/schemas/event';
import { restoreEvent, saveEvent, trashEventById } from '@/lib/write/event-ops';
import { slugStateNow, slugStatesProbe, startSlugStates, stopSlugStates } from '@/lib/notify/slug-states';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildSource } from '../support/factories';
import { testUsers } from '../support/users';

const n = () => Math.random().toString(36).slice(2, 8);
const tag = n();
const sourceId = `live-slugs-source-${tag}`;
let userId: string;

beforeAll(async () => {
  const prisma = await db();
  await writeDataset(prisma, buildDataset({ sources: [buildSource({ id: sourceId })], events: [] }));
  userId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.editor.email } })).id;
  await startSlugStates();
});

afterAll(async () => {
  await stopSlugStates();
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'live-slugs-' } } });
  await prisma.source.deleteMany({ where: { id: sourceId } });
});

function input(slug: string, status: 'draft' | 'published' = 'published') {
  return eventInputSchema.parse({
    title: `Live slugs ${slug}`,
    slug,
    type: 'call',
    startDate: '2025-02-03',
    precision: 'day',
    summary: 'A call.',
    status,
    citations: [{ source: sourceId, quote: 'A quote.' }],
  });
}

/** Reads the set as the proxy does; a Promise here would mean it could have queried. */
function stateNow(slug: string) {
  const state = slugStateNow(slug);
  expect(state).not.toBeInstanceOf(Promise);
  return state;
}

async function waitFor(check: () => boolean, ms = 15_000) {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('moved and trashed slugs in memory', () => {
  it('holds a 308 and then a 410 for every slug the moment the write returns', async () => {
    const first = `live-slugs-a-${n()}`;
    const second = `live-slugs-b-${n()}`;
    const third = `live-slugs-c-${n()}`;
    const created = await saveEvent(userId, {}, input(first));
    expect(stateNow(first)).toEqual({ kind: 'ok' });

    const moved = await saveEvent(userId, { id: created.id, version: created.version }, input(second));
    expect(stateNow(first)).toEqual({ kind: 'moved', to: second });
    const movedAgain = await saveEvent(userId, { id: created.id, version: moved.version }, input(third));
    expect(stateNow(first)).toEqual({ kind: 'moved', to: third });
    expect(stateNow(second)).toEqual({ kind: 'moved', to: third });

    await trashEventById(userId, created.id, movedAgain.version);
    for (const slug of [first, second, third]) expect(stateNow(slug)).toEqual({ kind: 'gone' });

    await restoreEvent(userId, created.id);
    expect(stateNow(third)).toEqual({ kind: 'ok' });
    expect(stateNow(first)).toEqual({ kind: 'moved', to: third });
  });

  it('never reveals a draft: no 308 to it, no 410 when it is trashed', async () => {
    const first = `live-slugs-d-${n()}`;
    const second = `live-slugs-e-${n()}`;
    const created = await saveEvent(userId, {}, input(first, 'draft'));
    const moved = await saveEvent(userId, { id: created.id, version: created.version }, input(second, 'draft'));
    expect(stateNow(first)).toEqual({ kind: 'ok' });
    await trashEventById(userId, created.id, moved.version);
    expect(stateNow(first)).toEqual({ kind: 'ok' });
    expect(stateNow(second)).toEqual({ kind: 'ok' });
  });

  it('reloads the whole set after the LISTEN connection is terminated, picking up a change made meanwhile', async () => {
    const slug = `live-slugs-f-${n()}`;
    const created = await saveEvent(userId, {}, input(slug));
    const { backendPid } = await slugStatesProbe();
    expect(backendPid).toBeTypeOf('number');
    const prisma = await db();
    await prisma.$executeRawUnsafe('SELECT pg_terminate_backend($1)', backendPid);
    // Behind the write path's back, so no notification: only the reload after reconnecting can see it.
    await prisma.event.update({ where: { id: created.id }, data: { deletedAt: new Date() } });
    expect(stateNow(slug)).toEqual({ kind: 'ok' });
    await waitFor(() => slugStateNow(slug)?.kind === 'gone');
    const after = await slugStatesProbe();
    expect(after.backendPid).toBeTypeOf('number');
    expect(after.backendPid).not.toBe(backendPid);
  });
});

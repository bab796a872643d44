/**
 * The proxy's 308 and 410 reveal that an event exists: they are given only for
 * what readers were shown, and anything else answers like an unknown slug.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { loadSlugStates } from '@/lib/data/slug-states';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildEvent, buildSource } from '../support/factories';

const n = () => Math.random().toString(36).slice(2, 8);

// Other files count every event on the shared database: leave none behind (the redirects go with them).
afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'permalink-' } } });
  await prisma.source.deleteMany({ where: { id: { startsWith: 'permalink-' } } });
});

async function eventWithFormerSlug() {
  const tag = n();
  const source = buildSource({ id: `permalink-source-${tag}` });
  const event = buildEvent(source.id, { slug: `permalink-current-${tag}` });
  const prisma = await db();
  await writeDataset(prisma, buildDataset({ sources: [source], events: [event] }));
  const { id } = await prisma.event.findUniqueOrThrow({ where: { slug: event.slug } });
  const former = `permalink-former-${tag}`;
  // What the event writer records when an editor changes the slug.
  await prisma.eventSlugRedirect.create({ data: { fromSlug: former, eventId: id } });
  return { prisma, id, current: event.slug, former };
}

/** What the in-memory set answers for `slug` once loaded (lib/notify/slug-states.ts: absent means ok). */
const permalinkState = async (slug: string) => (await loadSlugStates()).get(slug) ?? { kind: 'ok' };

describe('loadSlugStates', () => {
  it('answers ok for an unknown slug', async () => {
    expect(await permalinkState(`permalink-unknown-${n()}`)).toEqual({ kind: 'ok' });
  });

  it('moves a former slug to a published event; nothing once it is a draft; gone once it is trashed while published', async () => {
    const { prisma, id, current, former } = await eventWithFormerSlug();
    expect(await permalinkState(former)).toEqual({ kind: 'moved', to: current });
    expect(await permalinkState(current)).toEqual({ kind: 'ok' });

    await prisma.event.update({ where: { id }, data: { status: 'draft' } });
    expect(await permalinkState(former)).toEqual({ kind: 'ok' });

    // Issue 12: every former slug of a trashed event answers 410, like its current one.
    await prisma.event.update({ where: { id }, data: { status: 'published', deletedAt: new Date() } });
    expect(await permalinkState(former)).toEqual({ kind: 'gone' });
    expect(await permalinkState(current)).toEqual({ kind: 'gone' });

    // A draft in the trash was never seen by readers: neither slug reveals it.
    await prisma.event.update({ where: { id }, data: { status: 'draft' } });
    expect(await permalinkState(former)).toEqual({ kind: 'ok' });
  });

  it('answers gone for an event trashed while published, and ok for one trashed as a draft', async () => {
    const { prisma, id, current } = await eventWithFormerSlug();
    await prisma.event.update({ where: { id }, data: { deletedAt: new Date() } });
    expect(await permalinkState(current)).toEqual({ kind: 'gone' });

    // Trashing keeps the status: a draft in the trash was never seen by readers.
    await prisma.event.update({ where: { id }, data: { status: 'draft' } });
    expect(await permalinkState(current)).toEqual({ kind: 'ok' });
  });
});

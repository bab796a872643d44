/**
 * "As of" links: which revisions of an event readers may open, and that
 * their numbers keep meaning the same version after later edits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getEventRevision, getEventRevisions } from '@/lib/data/revisions';
import { writeDataset } from '@/lib/seed/write';
import { buildDataset, buildEvent, buildSource } from '../support/factories';
import { edit, publishedEvent, tag, trash } from '../support/revision-scenario';

const PREFIX = 'asof';

// Other files count every event on the shared database: leave none behind.
afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: `${PREFIX}-` } } });
  await prisma.actor.deleteMany({ where: { slug: { startsWith: `${PREFIX}-` } } });
  await prisma.source.deleteMany({ where: { id: { startsWith: `${PREFIX}-` } } });
});

const numbers = async (slug: string) => {
  const found = await getEventRevisions(slug);
  return found?.kind === 'found' ? found.revisions.map((r) => r.n) : found;
};
const titleAt = async (slug: string, n: number) => {
  const found = await getEventRevision(slug, n);
  return found && !('kind' in found) ? found.event.title : null;
};

describe('public revisions of an event', () => {
  it('lists published saves only; drafts in between answer nothing; numbers and contents stay put after later edits', async () => {
    const prisma = await db();
    const e = await publishedEvent(prisma, PREFIX);
    expect(await numbers(e.slug)).toEqual([1]);

    await edit(prisma, e.id, { title: 'Second title' }); // 2: published
    await edit(prisma, e.id, { title: 'Secret draft', status: 'draft' }); // 3: unpublished
    // While it is a draft, readers see no event and no history.
    expect(await numbers(e.slug)).toBeNull();
    expect(await getEventRevision(e.slug, 1)).toBeNull();
    await edit(prisma, e.id, { title: 'Still a draft' }); // 4: draft
    await edit(prisma, e.id, { title: 'Third title', status: 'published' }); // 5: published again

    expect(await numbers(e.slug)).toEqual([1, 2, 5]);
    expect(await getEventRevision(e.slug, 3)).toBeNull();
    expect(await getEventRevision(e.slug, 4)).toBeNull();
    expect(await getEventRevision(e.slug, 6)).toBeNull();
    expect(await titleAt(e.slug, 1)).toBe(e.title);
    expect(await titleAt(e.slug, 2)).toBe('Second title');
    const latest = await getEventRevision(e.slug, 5);
    expect(latest && !('kind' in latest) && latest.latest).toBe(true);
    const first = await getEventRevision(e.slug, 1);
    expect(first && !('kind' in first) && first.latest).toBe(false);

    // A later edit adds a number; the earlier ones still show what they showed.
    await edit(prisma, e.id, { summary: 'A corrected summary.' }); // 6
    expect(await numbers(e.slug)).toEqual([1, 2, 5, 6]);
    expect(await titleAt(e.slug, 1)).toBe(e.title);
    expect(await titleAt(e.slug, 2)).toBe('Second title');
    const six = await getEventRevision(e.slug, 6);
    expect(six && !('kind' in six) && six.event.summary).toBe('A corrected summary.');
  });

  it('resolves a former slug to the current one, keeping the numbers', async () => {
    const prisma = await db();
    const e = await publishedEvent(prisma, PREFIX);
    const renamed = `${PREFIX}-renamed-${tag()}`;
    await edit(prisma, e.id, { slug: renamed }); // 2
    expect(await getEventRevisions(e.slug)).toEqual({ kind: 'moved', to: renamed });
    expect(await getEventRevision(e.slug, 1)).toEqual({ kind: 'moved', to: renamed });
    expect(await numbers(renamed)).toEqual([1, 2]);
    const first = await getEventRevision(renamed, 1);
    // The old version, under the current slug (its permalink is the current one).
    expect(first && !('kind' in first) && [first.event.title, first.event.slug]).toEqual([e.title, renamed]);
  });

  it('shows nothing of a trashed event, by its slug or a former one', async () => {
    const prisma = await db();
    const e = await publishedEvent(prisma, PREFIX);
    const renamed = `${PREFIX}-renamed-${tag()}`;
    await edit(prisma, e.id, { slug: renamed });
    await trash(prisma, e.id);
    expect(await getEventRevisions(renamed)).toBeNull();
    expect(await getEventRevisions(e.slug)).toBeNull();
    expect(await getEventRevision(renamed, 1)).toBeNull();
    expect(await getEventRevision(e.slug, 1)).toBeNull();
  });

  it('shows nothing of an event never published', async () => {
    const prisma = await db();
    const source = buildSource({ id: `${PREFIX}-source-${tag()}` });
    const event = buildEvent(source.id, { slug: `${PREFIX}-draft-${tag()}` });
    await writeDataset(prisma, buildDataset({ sources: [source], events: [event] }), { status: 'draft' });
    expect(await getEventRevisions(event.slug)).toBeNull();
    expect(await getEventRevision(event.slug, 1)).toBeNull();
    expect(await getEventRevisions(`${PREFIX}-no-such-event`)).toBeNull();
    expect(await getEventRevisions('\u0000')).toBeNull();
  });

  it('never names a linked record that is now a draft or trashed', async () => {
    const prisma = await db();
    const e = await publishedEvent(prisma, PREFIX);
    const before = await getEventRevision(e.slug, 1);
    expect(before && !('kind' in before) && before.event.actors.map((a) => a.slug)).toEqual([e.actor]);
    await prisma.actor.update({ where: { slug: e.actor }, data: { status: 'draft' } });
    await prisma.source.update({ where: { id: e.source }, data: { deletedAt: new Date() } });
    const after = await getEventRevision(e.slug, 1);
    expect(after && !('kind' in after) && [after.event.actors, after.event.citations]).toEqual([[], []]);
  });
});

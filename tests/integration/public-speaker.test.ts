/** Readers never see a draft or trashed actor's name, not even as the speaker of a quote. */
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getEvent } from '@/lib/data/events';
import { getSource } from '@/lib/data/sources';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildSource } from '../support/factories';

const n = () => Math.random().toString(36).slice(2, 8);

// Other files count every published event on the shared database: leave none behind.
afterAll(async () => {
  const prisma = await db();
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'speaker-event-' } } });
  await prisma.actor.deleteMany({ where: { slug: { startsWith: 'speaker-actor-' } } });
  await prisma.source.deleteMany({ where: { id: { startsWith: 'speaker-source-' } } });
});

describe("a citation's speaker on public reads", () => {
  it('is shown when published, and left out while the actor is a draft or in the trash', async () => {
    const tag = n();
    const source = buildSource({ id: `speaker-source-${tag}` });
    const actor = buildActor({ slug: `speaker-actor-${tag}`, name: `Speaker Marker ${tag}` });
    const event = buildEvent(source.id, {
      slug: `speaker-event-${tag}`,
      citations: [{ source: source.id, quote: 'Quoted words.', speaker: actor.slug }],
    });
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], actors: [actor], events: [event] }));

    const speakerNames = async () => {
      const e = await getEvent(event.slug);
      const s = await getSource(source.id);
      return { event: e!.citations.map((c) => [c.speaker, c.speakerSlug]), source: JSON.stringify(s) };
    };
    const published = await speakerNames();
    expect(published.event).toEqual([[actor.name, actor.slug]]);
    expect(published.source).toContain(actor.name);

    await prisma.actor.update({ where: { slug: actor.slug }, data: { status: 'draft' } });
    const draft = await speakerNames();
    expect(draft.event).toEqual([[null, null]]);
    expect(draft.source).not.toContain(actor.name);
    expect(draft.source).toContain('Quoted words.');

    await prisma.actor.update({ where: { slug: actor.slug }, data: { status: 'published', deletedAt: new Date() } });
    const trashed = await speakerNames();
    expect(trashed.event).toEqual([[null, null]]);
    expect(trashed.source).not.toContain(actor.name);
  });
});

/** Public counts count what readers can see: published records, out of the trash. */
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listSources } from '@/lib/data/sources';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildEvent, buildFigure, buildProposal, buildSector, buildSource } from '../support/factories';

const n = () => Math.random().toString(36).slice(2, 8);

// Other files count every published event on the shared database: leave none behind.
afterAll(async () => {
  const prisma = await db();
  const mine = { startsWith: 'count-' };
  await prisma.event.deleteMany({ where: { slug: mine } });
  await prisma.proposal.deleteMany({ where: { slug: mine } });
  await prisma.figure.deleteMany({ where: { slug: mine } });
  await prisma.sector.deleteMany({ where: { slug: mine } });
  await prisma.source.deleteMany({ where: { id: mine } });
});

async function countFor(id: string) {
  let after: string | undefined;
  for (;;) {
    const page = await listSources({ limit: 100, after });
    const found = page.data.find((s) => s.id === id);
    if (found) return found.citationCount;
    if (!page.nextCursor) throw new Error(`source ${id} is not listed`);
    after = page.nextCursor;
  }
}

describe("a published source's citation count", () => {
  it('leaves out citations by drafts and by trashed records', async () => {
    const tag = n();
    const source = buildSource({ id: `count-source-${tag}` });
    const sector = buildSector({ slug: `count-sector-${tag}` });
    const events = ['published', 'draft', 'trashed'].map((state) => buildEvent(source.id, { slug: `count-${state}-${tag}` }));
    const proposals = ['published', 'draft'].map((state) =>
      buildProposal(source.id, sector.slug, { slug: `count-proposal-${state}-${tag}` }),
    );
    const figures = ['published', 'draft'].map((state) => buildFigure(source.id, { slug: `count-figure-${state}-${tag}` }));
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector], events, proposals, figures }));
    await prisma.event.update({ where: { slug: `count-draft-${tag}` }, data: { status: 'draft' } });
    await prisma.event.update({ where: { slug: `count-trashed-${tag}` }, data: { deletedAt: new Date() } });
    await prisma.proposal.update({ where: { slug: `count-proposal-draft-${tag}` }, data: { recordStatus: 'draft' } });
    await prisma.figure.update({ where: { slug: `count-figure-draft-${tag}` }, data: { status: 'draft' } });
    // One citation each: the published event, proposal and figure.
    expect(await countFor(source.id)).toBe(3);
  });
});

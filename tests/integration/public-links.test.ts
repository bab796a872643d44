/**
 * Readers never see a draft or trashed record through a link from a published
 * one: a proposal's or figure's sector, a role's organisation, the records a
 * source supports, or the actors and sectors the timeline filters by.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getActor, listActors } from '@/lib/data/actors';
import { listEvents } from '@/lib/data/events';
import { listFigures, listProposals } from '@/lib/data/sectors';
import { getSource } from '@/lib/data/sources';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildFigure, buildProposal, buildSector, buildSource } from '../support/factories';

const n = () => Math.random().toString(36).slice(2, 8);

// Other files count every published event on the shared database: leave none behind.
afterAll(async () => {
  const prisma = await db();
  const mine = { startsWith: 'link-' };
  await prisma.event.deleteMany({ where: { slug: mine } });
  await prisma.proposal.deleteMany({ where: { slug: mine } });
  await prisma.figure.deleteMany({ where: { slug: mine } });
  await prisma.actor.deleteMany({ where: { slug: mine } });
  await prisma.sector.deleteMany({ where: { slug: mine } });
  await prisma.source.deleteMany({ where: { id: mine } });
});

/** The row with `key` from a keyset-paged public listing, walking every page. */
async function find<T extends { slug: string }>(
  list: (o: { limit: number; after?: string }) => Promise<{ data: T[]; nextCursor: string | null }>,
  key: string,
): Promise<T> {
  let after: string | undefined;
  for (;;) {
    const page = await list({ limit: 100, after });
    const found = page.data.find((row) => row.slug === key);
    if (found) return found;
    if (!page.nextCursor) throw new Error(`${key} is not listed`);
    after = page.nextCursor;
  }
}

type Hidden = { status?: 'draft'; deletedAt?: Date };
const hiddenStates: [string, Hidden][] = [
  ['a draft', { status: 'draft' }],
  ['in the trash', { deletedAt: new Date() }],
];
const published = { status: 'published' as const, deletedAt: null };

describe.each(hiddenStates)('a sector that is %s, linked from a published proposal and figure', (_label, hidden) => {
  it('is shown as no sector in the proposal and figure lists and on the source', async () => {
    const tag = n();
    const source = buildSource({ id: `link-sector-source-${tag}` });
    const sector = buildSector({ slug: `link-sector-${tag}`, name: `Hidden Sector Marker ${tag}` });
    const proposal = buildProposal(source.id, sector.slug, { slug: `link-sector-proposal-${tag}` });
    const figure = buildFigure(source.id, { slug: `link-sector-figure-${tag}`, sector: sector.slug });
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector], proposals: [proposal], figures: [figure] }));

    const read = async () => ({
      proposal: await find(listProposals, proposal.slug),
      figure: await find(listFigures, figure.slug),
      source: (await getSource(source.id))!,
    });
    const before = await read();
    expect(before.proposal.sector).toEqual({ slug: sector.slug, name: sector.name });
    expect(before.figure.sector).toEqual({ slug: sector.slug, name: sector.name });
    expect(before.source.proposals.map((p) => p.sector)).toEqual([{ slug: sector.slug }]);
    expect(before.source.figures.map((f) => f.sector)).toEqual([{ slug: sector.slug, name: sector.name }]);

    await prisma.sector.update({ where: { slug: sector.slug }, data: hidden });
    const after = await read();
    expect(after.proposal.sector).toBeNull();
    expect(after.figure.sector).toBeNull();
    // The proposal and figure themselves stay listed; only the sector is withheld.
    expect(after.source.proposals.map((p) => [p.slug, p.sector])).toEqual([[proposal.slug, null]]);
    expect(after.source.figures.map((f) => [f.slug, f.sector])).toEqual([[figure.slug, null]]);
    for (const body of [after.proposal, after.figure, after.source].map((x) => JSON.stringify(x))) {
      expect(body).not.toContain(sector.name);
      expect(body).not.toContain(sector.slug);
    }
  });
});

describe.each(hiddenStates)("an organisation that is %s, named in a published actor's role", (_label, hidden) => {
  it('is shown as no organisation in the actor list and on the actor', async () => {
    const tag = n();
    const org = buildActor({ slug: `link-org-${tag}`, name: `Hidden Org Marker ${tag}`, kind: 'organisation' });
    const person = buildActor({
      slug: `link-person-${tag}`,
      roles: [{ title: 'Chief executive', organisation: org.slug, from: null, to: null }],
    });
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ actors: [org, person] }));

    const read = async () => ({ listed: await find(listActors, person.slug), page: (await getActor(person.slug))! });
    const before = await read();
    expect(before.listed.roles.map((r) => r.organisation)).toEqual([{ slug: org.slug, name: org.name }]);
    expect(before.page.roles.map((r) => r.organisation)).toEqual([{ slug: org.slug, name: org.name }]);

    await prisma.actor.update({ where: { slug: org.slug }, data: hidden });
    const after = await read();
    expect(after.listed.roles.map((r) => [r.title, r.organisation])).toEqual([['Chief executive', null]]);
    expect(after.page.roles.map((r) => [r.title, r.organisation])).toEqual([['Chief executive', null]]);
    for (const body of [JSON.stringify(after.listed), JSON.stringify(after.page)]) {
      expect(body).not.toContain(org.name);
      expect(body).not.toContain(org.slug);
    }
  });
});

describe('a source citation shared by a published and a hidden record', () => {
  it('shows only the published one', async () => {
    const tag = n();
    const source = buildSource({ id: `link-shared-source-${tag}` });
    const sector = buildSector({ slug: `link-shared-sector-${tag}` });
    const event = buildEvent(source.id, { slug: `link-shared-event-${tag}` });
    const proposal = buildProposal(source.id, sector.slug, { slug: `link-shared-proposal-${tag}`, title: `Hidden Proposal ${tag}` });
    const figure = buildFigure(source.id, { slug: `link-shared-figure-${tag}`, label: `Hidden Figure ${tag}` });
    const prisma = await db();
    await writeDataset(
      prisma,
      buildDataset({ sources: [source], sectors: [sector], events: [event], proposals: [proposal], figures: [figure] }),
    );
    // The writers give each citation one owner, but nothing in the schema enforces it: a citation that
    // is also linked to a draft proposal and a trashed figure must not carry them to readers.
    const ids = {
      proposal: (await prisma.proposal.findUniqueOrThrow({ where: { slug: proposal.slug } })).id,
      figure: (await prisma.figure.findUniqueOrThrow({ where: { slug: figure.slug } })).id,
      event: (await prisma.event.findUniqueOrThrow({ where: { slug: event.slug } })).id,
    };
    await prisma.citation.updateMany({ where: { eventId: ids.event }, data: { proposalId: ids.proposal, figureId: ids.figure } });
    await prisma.proposal.update({ where: { id: ids.proposal }, data: { recordStatus: 'draft' } });
    await prisma.figure.update({ where: { id: ids.figure }, data: { deletedAt: new Date() } });

    const seen = (await getSource(source.id))!;
    expect(seen.events.map((e) => e.slug)).toEqual([event.slug]);
    expect(seen.proposals).toEqual([]);
    expect(seen.figures).toEqual([]);
    expect(JSON.stringify(seen)).not.toContain(`Hidden Proposal ${tag}`);
    expect(JSON.stringify(seen)).not.toContain(`Hidden Figure ${tag}`);

    // And a hidden event on a citation shared with a published figure.
    await prisma.figure.update({ where: { id: ids.figure }, data: published });
    await prisma.event.update({ where: { id: ids.event }, data: { status: 'draft' } });
    const again = (await getSource(source.id))!;
    expect(again.events).toEqual([]);
    // The figure's own citation and the shared one.
    expect(again.figures.map((f) => f.slug)).toEqual([figure.slug, figure.slug]);
  });
});

describe.each(hiddenStates)('the timeline filtered by an actor or sector that is %s', (_label, hidden) => {
  it('matches nothing, so the results do not reveal its slug or name', async () => {
    const tag = n();
    const source = buildSource({ id: `link-filter-source-${tag}` });
    const sector = buildSector({ slug: `link-filter-sector-${tag}` });
    const actor = buildActor({ slug: `link-filter-actor-${tag}`, name: `Filter Marker ${tag}` });
    const event = buildEvent(source.id, {
      slug: `link-filter-event-${tag}`,
      actors: [{ actor: actor.slug, role: 'participant', title: null }],
      sectors: [sector.slug],
    });
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], sectors: [sector], actors: [actor], events: [event] }));

    const slugsFor = async (filter: Parameters<typeof listEvents>[0]) => (await listEvents(filter, { limit: 100 })).data.map((e) => e.slug);
    const filters = [{ actor: [actor.slug] }, { sector: [sector.slug] }, { q: actor.name }];
    for (const filter of filters) expect(await slugsFor(filter)).toEqual([event.slug]);

    await prisma.actor.update({ where: { slug: actor.slug }, data: hidden });
    await prisma.sector.update({ where: { slug: sector.slug }, data: hidden });
    for (const filter of filters) expect(await slugsFor(filter)).toEqual([]);
    // The event itself stays public.
    expect(await slugsFor({ q: event.title })).toEqual([event.slug]);
  });
});

describe.each(hiddenStates)("a co-participant that is %s on a published actor's events", (_label, hidden) => {
  it('is left out of the events and of who-met-whom', async () => {
    const tag = n();
    const source = buildSource({ id: `link-met-source-${tag}` });
    const actor = buildActor({ slug: `link-met-actor-${tag}` });
    const other = buildActor({ slug: `link-met-other-${tag}`, name: `Met Marker ${tag}` });
    const event = buildEvent(source.id, {
      slug: `link-met-event-${tag}`,
      actors: [
        { actor: actor.slug, role: 'participant', title: null },
        { actor: other.slug, role: 'participant', title: null },
      ],
    });
    const prisma = await db();
    await writeDataset(prisma, buildDataset({ sources: [source], actors: [actor, other], events: [event] }));
    expect((await getActor(actor.slug))!.met.map((m) => m.slug)).toEqual([other.slug]);

    await prisma.actor.update({ where: { slug: other.slug }, data: hidden });
    const page = (await getActor(actor.slug))!;
    expect(page.met).toEqual([]);
    expect(page.events.map((e) => e.slug)).toEqual([event.slug]);
    expect(JSON.stringify(page)).not.toContain(other.name);
  });
});

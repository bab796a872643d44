/**
 * Pages and the API cope with a link withheld from readers: a published
 * proposal and figure whose sector is a draft, and a published actor whose
 * role names a trashed organisation, render without the hidden name or slug.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { documentedFetch } from '../support/openapi-check';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildFigure, buildProposal, buildSector, buildSource } from '../support/factories';

const tag = randomBytes(4).toString('hex');
const marker = `hiddenlink${tag}`;
const source = buildSource({ id: `links-source-${tag}` });
const sector = buildSector({ slug: `${marker}-sector`, name: `Sector ${marker}` });
const proposal = buildProposal(source.id, sector.slug, { slug: `links-proposal-${tag}`, title: `Visible proposal ${tag}` });
const figure = buildFigure(source.id, { slug: `links-figure-${tag}`, label: `Visible figure ${tag}`, sector: sector.slug });
const org = buildActor({ slug: `${marker}-org`, name: `Org ${marker}`, kind: 'organisation' });
const person = buildActor({ slug: `links-person-${tag}`, roles: [{ title: 'Envoy', organisation: org.slug, from: null, to: null }] });
let database: Database;

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  const prisma = database.prisma;
  await writeDataset(
    prisma,
    buildDataset({ sources: [source], sectors: [sector], actors: [org, person], proposals: [proposal], figures: [figure] }),
  );
  await prisma.sector.update({ where: { slug: sector.slug }, data: { status: 'draft' } });
  await prisma.actor.update({ where: { slug: org.slug }, data: { deletedAt: new Date() } });
});
afterAll(async () => {
  await database?.close();
});

const get = (path: string) => documentedFetch(baseUrl(), path);

describe('links to hidden records on public pages and the API', () => {
  it('renders the source page and its API without the draft sector', async () => {
    const page = await get(`/sources/${source.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(`Visible proposal ${tag}`);
    expect(html).toContain(`Visible figure ${tag}`);
    expect(html).not.toContain(marker);

    const api = await get(`/api/v1/sources/${source.id}`);
    expect(api.status).toBe(200);
    const body = await api.json();
    expect(body.proposals.map((p: { sector: unknown }) => p.sector)).toEqual([null]);
    expect(body.figures.map((f: { sector: unknown }) => f.sector)).toEqual([null]);
    expect(JSON.stringify(body)).not.toContain(marker);
  });

  it('lists the proposal and figure with sector null', async () => {
    // A slug sorts after its own prefix: page from there.
    const proposals = await (await get('/api/v1/proposals?cursor=links-proposal-&limit=100')).json();
    const figures = await (await get('/api/v1/figures?cursor=links-figure-&limit=100')).json();
    expect(proposals.data.find((p: { slug: string }) => p.slug === proposal.slug)?.sector).toBeNull();
    expect(figures.data.find((f: { slug: string }) => f.slug === figure.slug)?.sector).toBeNull();
    expect(JSON.stringify([proposals, figures])).not.toContain(marker);
  });

  it("renders the actor's role without the trashed organisation", async () => {
    const page = await get(`/actors/${person.slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Envoy');
    expect(html).not.toContain(marker);
    const api = await (await get(`/api/v1/actors/${person.slug}`)).json();
    expect(api.roles).toEqual([expect.objectContaining({ title: 'Envoy', organisation: null })]);
    expect(JSON.stringify(api)).not.toContain(marker);
  });
});

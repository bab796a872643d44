/**
 * No admin page may put admin data in a response to someone it refuses.
 *
 * Layouts and pages render in parallel in the App Router, and a client-side
 * navigation can skip the layout, so a guard in app/admin/layout.tsx does not
 * stop a page from rendering. Every route under app/admin is found on disk (a
 * new page is covered without editing this file) and requested anonymously, as
 * a plain request and as an RSC navigation claiming the admin layout is
 * already mounted, with no cookie (the proxy's fast path) and with an unknown
 * session cookie (which gets past the proxy, so the pages' own guards are what
 * is tested), and as an editor for the admin-only pages.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editBaseUrl as baseUrl } from '../support/e2e';
import { sessionCookie } from '../support/auth';
import { testUsers } from '../support/users';
import { openDatabase, type Database } from '../../lib/db/open';
import { writeDataset } from '../../lib/seed/write';
import { buildActor, buildDataset, buildEvent, buildFigure, buildProposal, buildSector, buildSource } from '../support/factories';

/** Pages only admins may open (editors are sent back to /admin). */
const ADMIN_ONLY = ['/admin/users', '/admin/audit'];

/** Every page route under app/admin, as a path with its dynamic segments left in brackets. */
function adminRoutes(dir = path.resolve('app/admin'), prefix = '/admin'): string[] {
  const routes: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name.startsWith('@') || name.startsWith('_')) continue; // slots and private folders are not URL segments
      const segment = /^\(.*\)$/.test(name) ? '' : `/${name}`; // route groups add none
      routes.push(...adminRoutes(full, `${prefix}${segment}`));
    } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
      routes.push(prefix);
    }
  }
  return routes;
}

const marker = `leakmark${randomBytes(6).toString('hex')}`;
const ids: Record<string, string> = {};
let database: Database;

/** The record a dynamic segment stands for, named by the folder before it (events/[id] → the planted event). */
function fill(route: string): string {
  return route.replace(/\/([^/]+)\/\[([^\]]+)\]/g, (_all, parent: string, param: string) => {
    const id = ids[parent];
    if (!id) throw new Error(`No planted record for ${parent}/[${param}] in ${route}: plant one in beforeAll`);
    return `/${parent}/${encodeURIComponent(id)}`;
  });
}

beforeAll(async () => {
  database = await openDatabase({ databaseUrl: process.env.BC_TEST_E2E_EDIT_URL! });
  const prisma = database.prisma;
  // Ids carry no marker: a page's own id is echoed in its sign-in link.
  const source = buildSource({
    id: `leak-source-${randomBytes(6).toString('hex')}`,
    title: `Draft source ${marker}`,
    outlet: `Outlet ${marker}`,
  });
  const sector = buildSector({ slug: `${marker}-sector`, name: `Draft sector ${marker}` });
  const actor = buildActor({ slug: `${marker}-actor`, name: `Draft actor ${marker}` });
  const event = buildEvent(source.id, {
    slug: `${marker}-event`,
    title: `Draft event ${marker}`,
    summary: `Secret summary ${marker}`,
    sectors: [sector.slug],
    actors: [{ actor: actor.slug, role: 'participant', title: null }],
  });
  const trashed = buildEvent(source.id, { slug: `${marker}-trashed`, title: `Trashed event ${marker}` });
  const proposal = buildProposal(source.id, sector.slug, { slug: `${marker}-proposal`, title: `Draft proposal ${marker}` });
  const figure = buildFigure(source.id, { slug: `${marker}-figure`, label: `Draft figure ${marker}` });
  await writeDataset(
    prisma,
    buildDataset({
      sources: [source],
      sectors: [sector],
      actors: [actor],
      events: [event, trashed],
      proposals: [proposal],
      figures: [figure],
    }),
    { status: 'draft' },
  );

  const find = { where: { slug: { startsWith: marker } }, select: { id: true, slug: true } } as const;
  ids.events = (await prisma.event.findUniqueOrThrow({ where: { slug: event.slug } })).id;
  ids.trashed = (await prisma.event.findUniqueOrThrow({ where: { slug: trashed.slug } })).id;
  ids.actors = (await prisma.actor.findFirstOrThrow(find)).id;
  ids.sectors = (await prisma.sector.findFirstOrThrow(find)).id;
  ids.proposals = (await prisma.proposal.findFirstOrThrow(find)).id;
  ids.figures = (await prisma.figure.findFirstOrThrow(find)).id;
  ids.sources = source.id;
  // Drafts whatever the writer's defaults, one of them in the trash.
  await prisma.actor.update({ where: { id: ids.actors }, data: { status: 'draft' } });
  await prisma.sector.update({ where: { id: ids.sectors }, data: { status: 'draft' } });
  await prisma.source.update({ where: { id: ids.sources }, data: { status: 'draft' } });
  await prisma.figure.update({ where: { id: ids.figures }, data: { status: 'draft' } });
  await prisma.proposal.update({ where: { id: ids.proposals }, data: { recordStatus: 'draft' } });
  await prisma.event.updateMany({ where: { id: { in: [ids.events, ids.trashed] } }, data: { status: 'draft' } });
  await prisma.event.update({ where: { id: ids.trashed }, data: { deletedAt: new Date() } });
  // A draft designation and waiver on the draft actor, named with the marker (the sanctions admin pages).
  const designation = await prisma.designation.create({
    data: {
      actorId: ids.actors,
      authority: 'other',
      authorityName: `Authority ${marker}`,
      programme: `Programme ${marker}`,
      status: 'draft',
    },
  });
  ids.designations = designation.id;
  ids.waivers = (
    await prisma.waiver.create({
      data: { kind: 'specific', name: `Licence ${marker}`, actorId: ids.actors, designationId: designation.id, status: 'draft' },
    })
  ).id;

  const admin = await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email } });
  await prisma.revision.create({
    data: {
      entityType: 'event',
      entityId: ids.events,
      version: 1,
      action: 'create',
      snapshot: { title: `Draft event ${marker}` },
      message: `Note ${marker}`,
      userId: admin.id,
    },
  });
  await prisma.auditEntry.create({
    data: { userId: admin.id, action: 'create', entityType: 'event', entityId: ids.events, after: { title: `Draft event ${marker}` } },
  });
  const user = await prisma.user.create({
    data: {
      email: `${marker}@test.local`,
      name: `User ${marker}`,
      role: 'editor',
      passwordHash: 'scrypt$0$0$0$x$x',
      disabledAt: new Date(),
    },
  });
  ids.user = user.id;
});

afterAll(async () => {
  await database?.close();
});

/** A router state tree in which the admin layout is already mounted, as the client sends on a navigation inside /admin. */
const mountedAdminTree = encodeURIComponent(JSON.stringify(['', { children: ['admin', { children: ['__PAGE__', {}] }] }]));

type Variant = { name: string; headers: Record<string, string> };
const BOGUS_COOKIE = `bc_session=${randomBytes(32).toString('base64url')}`;
const rsc = { RSC: '1', 'Next-Router-State-Tree': mountedAdminTree };
const anonymousVariants: Variant[] = [
  { name: 'plain, no cookie', headers: {} },
  { name: 'RSC navigation, no cookie', headers: rsc },
  { name: 'plain, unknown session cookie', headers: { cookie: BOGUS_COOKIE } },
  { name: 'RSC navigation, unknown session cookie', headers: { ...rsc, cookie: BOGUS_COOKIE } },
];

/** GET without following redirects, except Next's own hop to add the `_rsc` cache-busting parameter to the same path. */
async function get(route: string, headers: Record<string, string>) {
  let url = new URL(route, baseUrl());
  for (let hop = 0; ; hop++) {
    const response = await fetch(url, { headers, redirect: 'manual' });
    const location = response.headers.get('location');
    const next = location ? new URL(location, url) : null;
    if (hop < 2 && next && next.pathname === url.pathname && next.searchParams.has('_rsc')) {
      await response.body?.cancel();
      url = next;
      continue;
    }
    return { url, status: response.status, location, body: await response.text() };
  }
}

/** The marker and every planted id, except an id the request's own URL carries (echoing the URL back is no leak). */
function leaks(body: string, url: URL): string[] {
  const secrets = [marker, ...Object.values(ids).filter((id) => !decodeURIComponent(url.pathname + url.search).includes(id))];
  return secrets.filter((secret) => body.toLowerCase().includes(secret.toLowerCase()));
}

const routes = adminRoutes();

describe('admin routes found on disk', () => {
  it('include the lists, forms, edit, history, preview and trash pages', () => {
    expect(routes.length).toBeGreaterThanOrEqual(15);
    for (const route of [
      '/admin',
      '/admin/events',
      '/admin/events/new',
      '/admin/events/[id]',
      '/admin/events/[id]/history',
      '/admin/events/[id]/preview',
      '/admin/trash',
      ...ADMIN_ONLY,
    ]) {
      expect(routes).toContain(route);
    }
  });
});

describe('an anonymous request gets no admin data', () => {
  it.each(routes)('%s', async (route) => {
    const target = fill(route);
    const problems: string[] = [];
    for (const variant of anonymousVariants) {
      const response = await get(target, variant.headers);
      const found = leaks(response.body, response.url);
      if (found.length) problems.push(`${variant.name}: answered ${response.status} with ${found.join(', ')}`);
      if (response.status >= 500) problems.push(`${variant.name}: answered ${response.status}`);
      if (!variant.headers.RSC) {
        // A plain request is sent to sign in, and back here afterwards.
        const location = response.location ? new URL(response.location, baseUrl()) : null;
        if (response.status !== 307 || location?.pathname !== '/sign-in' || location.searchParams.get('next') !== target) {
          problems.push(`${variant.name}: answered ${response.status} to ${response.location}, not 307 to /sign-in?next=${target}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('an editor gets no admin-only data', () => {
  it.each(ADMIN_ONLY)('%s', async (route) => {
    const cookie = await sessionCookie('editor');
    const plain = await get(route, { cookie });
    expect(leaks(plain.body, plain.url), `${route} answered ${plain.status}`).toEqual([]);
    expect(plain.status).toBe(307);
    expect(new URL(plain.location!, baseUrl()).pathname).toBe('/admin');
    const navigation = await get(route, { ...rsc, cookie });
    expect(leaks(navigation.body, navigation.url), `RSC navigation: ${route} answered ${navigation.status}`).toEqual([]);
    expect(navigation.status).not.toBe(500);
  });
});

describe('the same routes, signed in as an admin', () => {
  // The control: the planted records are where the checks above look for them.
  it('render every route, and show the planted drafts where they belong', async () => {
    const cookie = await sessionCookie('admin');
    for (const route of routes) {
      const response = await get(fill(route), { cookie });
      expect(response.status, route).toBe(200);
    }
    for (const route of [
      '/admin/events',
      '/admin/trash',
      '/admin/events/new',
      '/admin/events/[id]',
      '/admin/events/[id]/history',
      '/admin/events/[id]/preview',
      '/admin/users',
      '/admin/audit',
    ]) {
      expect((await get(fill(route), { cookie })).body, route).toContain(marker);
    }
    const rscResponse = await get(fill('/admin/events/[id]/preview'), { ...rsc, cookie });
    expect(rscResponse.body).toContain(marker);
  });
});

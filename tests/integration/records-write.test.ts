import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formDataToObject } from '@/lib/forms/form-data';
import { actorInputSchema, type ActorInput } from '@/lib/schemas/actor';
import { figureInputSchema, type FigureInput } from '@/lib/schemas/figure';
import { proposalInputSchema, type ProposalInput } from '@/lib/schemas/proposal';
import { sectorInputSchema, type SectorInput } from '@/lib/schemas/sector';
import { sourceInputSchema, type SourceInput } from '@/lib/schemas/source';
import { writeActor } from '@/lib/write/actor';
import { ConflictError, ValidationError } from '@/lib/write/errors';
import { writeFigure } from '@/lib/write/figure';
import { writeProposal } from '@/lib/write/proposal';
import { recordSnapshots } from '@/lib/data/snapshots';
import { writeSector } from '@/lib/write/sector';
import { writeSource } from '@/lib/write/source';
import { loadSeedDataset } from '@/lib/seed/load';
import { testUsers } from '../support/users';

/*
 * Every write<Record> against the real PostgreSQL test database, each in its
 * own transaction as the server actions run them. Records made here are
 * prefixed "zz-rw-" and removed afterwards (their revisions stay: the
 * revision table refuses deletes by design).
 */

const seed = loadSeedDataset();
const PREFIX = 'zz-rw-';
const organisation = seed.actors.find((a) => a.kind === 'organisation')!.slug;
const person = seed.actors.find((a) => a.kind === 'person')!.slug;
const sector = seed.sectors[0].slug;
const source = seed.sources[0].id;
const [eventA, eventB] = seed.events.map((e) => e.slug);

type Tx = Prisma.TransactionClient;
let userId: string;

async function inTx<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  const prisma = await db();
  return prisma.$transaction(fn, { timeout: 20_000 });
}

/** Rows in every table a record write touches. */
async function counts() {
  const prisma = await db();
  const [actors, roles, sectors, sources, proposals, proposalActors, proposalEvents, figures, citations, revisions, audit] =
    await Promise.all([
      prisma.actor.count(),
      prisma.actorRole.count(),
      prisma.sector.count(),
      prisma.source.count(),
      prisma.proposal.count(),
      prisma.proposalActor.count(),
      prisma.proposalEvent.count(),
      prisma.figure.count(),
      prisma.citation.count(),
      prisma.revision.count(),
      prisma.auditEntry.count(),
    ]);
  return { actors, roles, sectors, sources, proposals, proposalActors, proposalEvents, figures, citations, revisions, audit };
}

async function revisions(entityType: 'actor' | 'sector' | 'source' | 'proposal' | 'figure', entityId: string) {
  const prisma = await db();
  return prisma.revision.findMany({
    where: { entityType, entityId },
    orderBy: { version: 'asc' },
    select: { version: true, action: true, message: true, userId: true, snapshot: true },
  });
}

/** Runs a write expected to fail and returns its error, checking that no row was written anywhere. */
async function failsCleanly(write: () => Promise<unknown>) {
  const before = await counts();
  const error = await write().then(
    () => null,
    (e: unknown) => e,
  );
  expect(await counts()).toEqual(before);
  return error;
}

async function cleanUp() {
  const prisma = await db();
  const mine = { startsWith: PREFIX };
  await prisma.figure.deleteMany({ where: { slug: mine } });
  await prisma.proposal.deleteMany({ where: { slug: mine } });
  await prisma.citation.deleteMany({ where: { sourceId: mine } });
  await prisma.source.deleteMany({ where: { id: mine } });
  await prisma.actor.deleteMany({ where: { slug: mine } });
  await prisma.sector.deleteMany({ where: { slug: mine } });
}

beforeAll(async () => {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email: testUsers.admin.email } });
  userId = user!.id;
  await cleanUp();
});
afterAll(cleanUp);

describe('writeActor', () => {
  const input = (over: Record<string, unknown> = {}): ActorInput =>
    actorInputSchema.parse({
      slug: `${PREFIX}ada-example`,
      name: 'Ada Example',
      kind: 'person',
      aliases: 'Example\nA. Example\n\nExample',
      country: 'us',
      description: 'A test person.',
      status: 'draft',
      roles: [
        { title: 'Envoy', organisation, from: '2025-03-01', fromPrecision: 'month' },
        { title: 'Adviser', to: '2024-01-01', toPrecision: 'year' },
      ],
      ...over,
    });
  let id: string;

  it('creates the actor, its roles and revision 1 in one transaction', async () => {
    const before = await counts();
    const saved = await inTx((tx) => writeActor(tx, userId, {}, input({ message: 'First draft' })));
    id = saved.id;
    expect(saved.version).toBe(1);
    const after = await counts();
    expect(after.actors - before.actors).toBe(1);
    expect(after.roles - before.roles).toBe(2);
    expect(after.revisions - before.revisions).toBe(1);
    expect(after.audit - before.audit).toBe(1);

    const snapshot = await inTx((tx) => recordSnapshots.actor(tx, id));
    expect(snapshot).toMatchObject({
      slug: `${PREFIX}ada-example`,
      aliases: ['Example', 'A. Example'],
      country: 'US',
      roles: [
        { title: 'Envoy', organisation, from: '2025-03-01', fromPrecision: 'month' },
        { title: 'Adviser', to: '2024-01-01', toPrecision: 'year' },
      ],
    });
    const revs = await revisions('actor', id);
    expect(revs).toHaveLength(1);
    expect(revs[0]).toMatchObject({ version: 1, action: 'create', message: 'First draft', userId });
    expect(revs[0].snapshot).toEqual(JSON.parse(JSON.stringify(snapshot)));
  });

  it('updates with the current version, replacing the roles, and keeps references by id when the slug changes', async () => {
    // A proposal proposed by this actor, to see the link survive the slug change.
    const proposal = await inTx((tx) =>
      writeProposal(
        tx,
        userId,
        {},
        proposalInputSchema.parse({
          slug: `${PREFIX}actor-link`,
          title: 'Link test',
          summary: 'S',
          sector,
          status: 'proposed',
          recordStatus: 'draft',
          proposedBy: [`${PREFIX}ada-example`],
        }),
      ),
    );
    const saved = await inTx((tx) =>
      writeActor(
        tx,
        userId,
        { id, version: 1 },
        input({ slug: `${PREFIX}ada-renamed`, name: 'Ada Renamed', status: 'published', roles: [{ title: 'Chair' }] }),
      ),
    );
    expect(saved.version).toBe(2);
    const prisma = await db();
    expect(await prisma.actorRole.findMany({ where: { actorId: id }, select: { title: true } })).toEqual([{ title: 'Chair' }]);
    const linked = await inTx((tx) => recordSnapshots.proposal(tx, proposal.id));
    expect(linked?.proposedBy).toEqual([`${PREFIX}ada-renamed`]);
    const revs = await revisions('actor', id);
    expect(revs.map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'publish'],
    ]);
  });

  it('refuses a stale version with a ConflictError listing the other editor’s changes', async () => {
    const error = await failsCleanly(() => inTx((tx) => writeActor(tx, userId, { id, version: 1 }, input({ name: 'My stale edit' }))));
    expect(error).toBeInstanceOf(ConflictError);
    const conflict = error as ConflictError;
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.by).toBe(testUsers.admin.name);
    expect(conflict.theirChanges).toEqual(expect.arrayContaining([{ field: 'name', before: 'Ada Example', after: 'Ada Renamed' }]));
    expect((await (await db()).actor.findUnique({ where: { id } }))?.name).toBe('Ada Renamed');
  });

  it('reports an unknown organisation at its row and a taken slug, writing nothing', async () => {
    const error = await failsCleanly(() =>
      inTx((tx) =>
        writeActor(
          tx,
          userId,
          { id, version: 2 },
          input({
            slug: person,
            roles: [
              { title: 'Fine', organisation },
              { title: 'Bad', organisation: 'no-such-organisation' },
            ],
          }),
        ),
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({
      slug: ['Another actor uses this slug; choose another'],
      'roles.1.organisation': ['No actor is called “no-such-organisation”. Check the spelling, or create the actor first.'],
    });
    expect((await (await db()).actor.findUnique({ where: { id } }))?.version).toBe(2);
  });

  it('rolls the record, its roles and its revision back together when the transaction fails after the write', async () => {
    const error = await failsCleanly(() =>
      inTx(async (tx) => {
        await writeActor(tx, userId, {}, input({ slug: `${PREFIX}never-saved` }));
        throw new Error('a later step failed');
      }),
    );
    expect(String(error)).toMatch(/a later step failed/);
    expect(await (await db()).actor.findUnique({ where: { slug: `${PREFIX}never-saved` } })).toBeNull();
  });

  it('parses the form as the browser posts it (aliases one per line, blank spare rows ignored)', () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      slug: 'x-y',
      name: 'X',
      kind: 'organisation',
      aliases: 'One\r\nTwo\r\n',
      country: '',
      description: '',
      status: 'draft',
      'roles[0].title': 'Head',
      'roles[0].from': '2025-03-15',
      'roles[0].fromPrecision': 'month',
      'roles[1].title': '',
      'roles[1].organisation': '',
      'roles[1].fromPrecision': '',
    }))
      form.append(k, v);
    const parsed = actorInputSchema.safeParse(formDataToObject(form));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['roles.0.from', 'For a date known only to the month, use the 1st (2025-03-01)'],
    ]);
    expect(actorInputSchema.safeParse({ ...formDataToObject(form), country: 'XQ' }).error?.issues[0].path).toEqual(['country']);
  });
});

describe('writeSector', () => {
  const input = (over: Partial<SectorInput> = {}): SectorInput =>
    sectorInputSchema.parse({ slug: `${PREFIX}widgets`, name: 'Widgets', description: 'Widget trade.', status: 'draft', ...over });
  let id: string;

  it('creates and updates, one revision per save', async () => {
    const created = await inTx((tx) => writeSector(tx, userId, {}, input()));
    id = created.id;
    const updated = await inTx((tx) => writeSector(tx, userId, { id, version: 1 }, input({ slug: `${PREFIX}gadgets`, name: 'Gadgets' })));
    expect(updated.version).toBe(2);
    expect(await inTx((tx) => recordSnapshots.sector(tx, id))).toEqual({
      slug: `${PREFIX}gadgets`,
      name: 'Gadgets',
      description: 'Widget trade.',
      status: 'draft',
    });
    expect((await revisions('sector', id)).map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ]);
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const results = await Promise.allSettled([
      inTx((tx) => writeSector(tx, userId, { id, version: 2 }, input({ slug: `${PREFIX}gadgets`, name: 'Gadgets A' }))),
      inTx((tx) => writeSector(tx, userId, { id, version: 2 }, input({ slug: `${PREFIX}gadgets`, name: 'Gadgets B' }))),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].reason).toBeInstanceOf(ConflictError);
    expect((rejected[0].reason as ConflictError).theirChanges.map((c) => c.field)).toContain('name');
    expect(await revisions('sector', id)).toHaveLength(3);
  });

  it('refuses a slug another sector uses, writing nothing', async () => {
    const error = await failsCleanly(() => inTx((tx) => writeSector(tx, userId, {}, input({ slug: sector }))));
    expect((error as ValidationError).fieldErrors).toEqual({ slug: ['Another sector uses this slug; choose another'] });
  });
});

describe('writeSource', () => {
  const input = (over: Record<string, unknown> = {}): SourceInput =>
    sourceInputSchema.parse({
      id: `${PREFIX}report`,
      title: 'A report',
      outlet: 'The Outlet',
      publishedAt: '2025-04-01',
      publishedPrecision: 'month',
      url: 'https://example.org/report',
      kind: 'analysis',
      status: 'published',
      ...over,
    });

  it('creates with the chosen id and updates keeping it, one revision per save', async () => {
    const created = await inTx((tx) => writeSource(tx, userId, {}, input()));
    expect(created).toEqual({ id: `${PREFIX}report`, version: 1 });
    const updated = await inTx((tx) =>
      writeSource(tx, userId, { id: created.id, version: 1 }, input({ title: 'A report (revised)', note: 'Dated from the text.' })),
    );
    expect(updated.version).toBe(2);
    expect(await inTx((tx) => recordSnapshots.source(tx, created.id))).toEqual({
      id: `${PREFIX}report`,
      title: 'A report (revised)',
      outlet: 'The Outlet',
      publishedAt: '2025-04-01',
      publishedPrecision: 'month',
      url: 'https://example.org/report',
      kind: 'analysis',
      note: 'Dated from the text.',
      status: 'published',
    });
    expect((await revisions('source', created.id)).map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ]);
  });

  it('never changes the id of a source, and refuses an id already used', async () => {
    const renamed = await failsCleanly(() =>
      inTx((tx) => writeSource(tx, userId, { id: `${PREFIX}report`, version: 2 }, input({ id: `${PREFIX}other` }))),
    );
    expect(Object.keys((renamed as ValidationError).fieldErrors)).toEqual(['id']);
    const taken = await failsCleanly(() => inTx((tx) => writeSource(tx, userId, {}, input({ id: source }))));
    expect((taken as ValidationError).fieldErrors).toEqual({ id: ['Another source uses this id; choose another'] });
  });

  it('refuses a stale version with the other editor’s changes', async () => {
    const error = await failsCleanly(() =>
      inTx((tx) => writeSource(tx, userId, { id: `${PREFIX}report`, version: 1 }, input({ title: 'Stale' }))),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).theirChanges).toEqual(
      expect.arrayContaining([
        { field: 'title', before: 'A report', after: 'A report (revised)' },
        { field: 'note', before: '—', after: 'Dated from the text.' },
      ]),
    );
  });

  it('validates the address and the date precision', () => {
    const issues = sourceInputSchema.safeParse({
      id: 'x',
      title: 'T',
      kind: 'news',
      status: 'draft',
      url: 'javascript:alert(1)',
      publishedAt: '2025-04-09',
      publishedPrecision: 'year',
    }).error?.issues;
    expect(issues?.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['url', 'Enter a full http(s) address'],
      ['publishedAt', 'For a date known only to the year, use 1 January (2025-01-01)'],
    ]);
    expect(
      sourceInputSchema.safeParse({
        id: 'x',
        title: 'T',
        kind: 'news',
        status: 'draft',
        url: 'http://example.org/a',
        publishedAt: '2025-01-01',
        publishedPrecision: 'year',
      }).success,
    ).toBe(true);
  });
});

describe('writeProposal', () => {
  const input = (over: Record<string, unknown> = {}): ProposalInput =>
    proposalInputSchema.parse({
      slug: `${PREFIX}joint-widgets`,
      title: 'Joint widget venture',
      summary: 'Proposed at a meeting.',
      sector,
      status: 'proposed',
      recordStatus: 'published',
      proposedBy: [person, organisation],
      events: [{ event: eventA, status: 'proposed', note: 'First mention' }],
      citations: [{ source, quote: 'We proposed widgets.', speaker: person }],
      ...over,
    });
  let id: string;

  it('creates the proposal with its proposers, event links and citations, then replaces them on update', async () => {
    const before = await counts();
    const created = await inTx((tx) => writeProposal(tx, userId, {}, input()));
    id = created.id;
    const mid = await counts();
    expect([
      mid.proposals - before.proposals,
      mid.proposalActors - before.proposalActors,
      mid.proposalEvents - before.proposalEvents,
      mid.citations - before.citations,
      mid.revisions - before.revisions,
    ]).toEqual([1, 2, 1, 1, 1]);

    const updated = await inTx((tx) =>
      writeProposal(
        tx,
        userId,
        { id, version: 1 },
        input({
          status: 'discussed',
          proposedBy: [person],
          events: [
            { event: eventA, status: 'proposed' },
            { event: eventB, status: 'discussed' },
          ],
          citations: [
            { source, quote: 'One.' },
            { source, quote: 'Two.' },
          ],
        }),
      ),
    );
    expect(updated.version).toBe(2);
    const after = await counts();
    expect([
      after.proposalActors - before.proposalActors,
      after.proposalEvents - before.proposalEvents,
      after.citations - before.citations,
    ]).toEqual([1, 2, 2]);
    const snapshot = await inTx((tx) => recordSnapshots.proposal(tx, id));
    expect(snapshot).toMatchObject({
      status: 'discussed',
      sector,
      proposedBy: [person],
      citations: [
        { source, quote: 'One.' },
        { source, quote: 'Two.' },
      ],
    });
    expect((await revisions('proposal', id)).map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'update'],
    ]);
  });

  it('reports every unknown reference at its own field and writes nothing', async () => {
    const error = await failsCleanly(() =>
      inTx((tx) =>
        writeProposal(
          tx,
          userId,
          { id, version: 2 },
          input({
            sector: 'no-such-sector',
            proposedBy: [person, 'no-such-actor'],
            events: [{ event: eventA }, { event: 'no-such-event' }],
            citations: [
              { source: 'no-such-source', quote: 'Q' },
              { source, quote: 'Q', speaker: 'no-such-speaker' },
            ],
          }),
        ),
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual([
      'citations.0.source',
      'citations.1.speaker',
      'events.1.event',
      'proposedBy.1',
      'sector',
    ]);
  });

  it('refuses a stale version', async () => {
    const error = await failsCleanly(() => inTx((tx) => writeProposal(tx, userId, { id, version: 1 }, input({ title: 'Stale' }))));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).theirChanges.map((c) => c.field)).toEqual(
      expect.arrayContaining(['status', 'proposedBy', 'events', 'citations']),
    );
  });

  it('needs a citation to be published', () => {
    const parsed = proposalInputSchema.safeParse({
      slug: 'p',
      title: 'T',
      summary: 'S',
      sector,
      status: 'proposed',
      recordStatus: 'published',
      citations: [],
    });
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['citations']);
  });
});

describe('writeFigure', () => {
  const input = (over: Record<string, unknown> = {}): FigureInput =>
    figureInputSchema.parse({
      slug: `${PREFIX}widget-exports`,
      label: 'Widget exports',
      value: '1500.5',
      unit: 'million',
      currency: 'usd',
      asOf: '2025-01-01',
      asOfPrecision: 'year',
      sector,
      status: 'published',
      citations: [{ source, quote: 'Exports reached $1.5 billion.' }],
      ...over,
    });
  let id: string;

  it('creates and updates the figure and its citations, one revision per save', async () => {
    const created = await inTx((tx) => writeFigure(tx, userId, {}, input()));
    id = created.id;
    expect(await inTx((tx) => recordSnapshots.figure(tx, id))).toEqual({
      slug: `${PREFIX}widget-exports`,
      label: 'Widget exports',
      value: 1500.5,
      unit: 'million',
      currency: 'USD',
      asOf: '2025-01-01',
      asOfPrecision: 'year',
      sector,
      status: 'published',
      citations: [{ source, quote: 'Exports reached $1.5 billion.' }],
    });
    const updated = await inTx((tx) =>
      writeFigure(
        tx,
        userId,
        { id, version: 1 },
        input({ value: '-2', sector: '', currency: '', asOf: '', status: 'draft', citations: [] }),
      ),
    );
    expect(updated.version).toBe(2);
    expect(await inTx((tx) => recordSnapshots.figure(tx, id))).toEqual({
      slug: `${PREFIX}widget-exports`,
      label: 'Widget exports',
      value: -2,
      unit: 'million',
      status: 'draft',
      citations: [],
    });
    expect((await revisions('figure', id)).map((r) => [r.version, r.action])).toEqual([
      [1, 'create'],
      [2, 'unpublish'],
    ]);
  });

  it('refuses a stale version, and unknown references at their fields, writing nothing', async () => {
    const stale = await failsCleanly(() => inTx((tx) => writeFigure(tx, userId, { id, version: 1 }, input())));
    expect(stale).toBeInstanceOf(ConflictError);
    expect((stale as ConflictError).theirChanges).toEqual(expect.arrayContaining([{ field: 'value', before: '1500.5', after: '-2' }]));
    const unknown = await failsCleanly(() =>
      inTx((tx) =>
        writeFigure(
          tx,
          userId,
          { id, version: 2 },
          input({ sector: 'no-such-sector', citations: [{ source: 'no-such-source', quote: 'Q' }] }),
        ),
      ),
    );
    expect(Object.keys((unknown as ValidationError).fieldErrors).sort()).toEqual(['citations.0.source', 'sector']);
  });

  it('accepts only a plain decimal number, and needs a citation to be published', () => {
    const base = { slug: 'f', label: 'L', unit: 'u', status: 'draft' };
    for (const bad of ['1,500.5', '1 500', '1e3', 'NaN', 'Infinity', '$5', '12abc']) {
      expect(figureInputSchema.safeParse({ ...base, value: bad }).error?.issues[0], bad).toMatchObject({
        path: ['value'],
        message: expect.stringMatching(/plain number/),
      });
    }
    expect(figureInputSchema.safeParse({ ...base, value: '9'.repeat(400) }).error?.issues[0]).toMatchObject({
      path: ['value'],
      message: 'The number is too large',
    });
    expect(figureInputSchema.safeParse({ ...base, value: '' }).error?.issues[0]).toMatchObject({
      path: ['value'],
      message: 'Enter the value',
    });
    expect(figureInputSchema.parse({ ...base, value: ' -0.25 ' }).value).toBe(-0.25);
    expect(figureInputSchema.safeParse({ ...base, value: '1', status: 'published' }).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'citations',
    ]);
    expect(figureInputSchema.safeParse({ ...base, value: '1', currency: 'US$' }).error?.issues.map((i) => i.path.join('.'))).toEqual([
      'currency',
    ]);
  });
});

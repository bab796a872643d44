import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { applyImport } from '@/lib/import/apply';
import { parseImport } from '@/lib/import/parse';
import { planImport } from '@/lib/import/plan';
import { testUsers } from '../support/users';

type Prisma = Awaited<ReturnType<typeof db>>;
let prisma: Prisma;
let adminId: string;
let seededSource: { id: string; title: string };
let outletSource: { id: string; title: string; outlet: string };

async function counts() {
  return Promise.all([
    prisma.event.count(),
    prisma.actor.count(),
    prisma.sector.count(),
    prisma.source.count(),
    prisma.citation.count(),
    prisma.eventActor.count(),
    prisma.revision.count(),
    prisma.auditEntry.count(),
  ]);
}

function event(slug: string, extra: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Imported ${slug}`,
    summary: 'An imported event, for the test.',
    type: 'meeting',
    date: { start: '2031-05-01', precision: 'month', approximate: false, label: 'May 2031' },
    location: null,
    url: `https://example.test/events/${slug}`,
    actors: [],
    sectors: [],
    proposals: [],
    citations: [],
    ...extra,
  };
}

beforeAll(async () => {
  prisma = await db();
  adminId = (await prisma.user.findUniqueOrThrow({ where: { email: testUsers.admin.email }, select: { id: true } })).id;
  seededSource = await prisma.source.findFirstOrThrow({
    where: { deletedAt: null },
    orderBy: { id: 'asc' },
    select: { id: true, title: true },
  });
  const withOutlet = await prisma.source.findFirst({
    where: { deletedAt: null, outlet: { not: null } },
    orderBy: { id: 'asc' },
    select: { id: true, title: true, outlet: true },
  });
  // The seed may name no outlets; make one source that has one.
  outletSource = withOutlet
    ? { id: withOutlet.id, title: withOutlet.title, outlet: withOutlet.outlet! }
    : await prisma.source
        .create({
          data: { id: 'zz-import-outlet-source', title: 'A sourced report', outlet: 'Zz Wire', kind: 'news' },
          select: { id: true, title: true, outlet: true },
        })
        .then((s) => ({ ...s, outlet: s.outlet! }));
});

afterAll(async () => {
  // Revisions and audit entries stay (the database refuses to delete them); the records go.
  await prisma.event.deleteMany({ where: { slug: { startsWith: 'zz-import-' } } });
  await prisma.actor.deleteMany({ where: { slug: { startsWith: 'zz-import-' } } });
  await prisma.sector.deleteMany({ where: { slug: { startsWith: 'zz-import-' } } });
  await prisma.source.deleteMany({ where: { id: { startsWith: 'zz-import-' } } });
});

describe('applyImport (real PostgreSQL)', () => {
  it('imports a valid file as drafts, one revision each, reporting what was created and what matched', async () => {
    const file = JSON.stringify({
      data: [
        event('zz-import-first', {
          date: { start: '2031-05-02', precision: 'day', end: '2031-05-03', approximate: true },
          location: 'Geneva',
          actors: [
            { name: 'Kirill Dmitriev', role: 'participant', title: 'CEO, RDIF' }, // matched by name
            { name: 'witkoff', role: 'host', title: null }, // matched by alias, whatever the case
            { slug: 'zz-import-person', name: 'Zz Import Person', role: 'mentioned', title: null }, // new
          ],
          sectors: [{ slug: 'energy', name: 'Energy' }, { name: 'space' }, { name: 'Zz Import Sector' }],
          citations: [
            {
              quote: 'They met in Geneva.',
              speaker: 'Kirill Dmitriev',
              source: {
                id: seededSource.id,
                title: 'ignored when the id matches',
                outlet: null,
                author: null,
                publishedAt: null,
                url: null,
                kind: 'news',
              },
            },
          ],
        }),
        event('zz-import-second', {
          actors: [{ name: 'Zz Import Person', role: 'participant', title: null }], // the same new actor, created once
          citations: [
            {
              quote: 'A new source says so.',
              speaker: null,
              source: {
                id: 'zz-import-source',
                title: 'Zz Import Source',
                outlet: 'Zz Outlet',
                author: 'A. Writer',
                publishedAt: '2031-05-04',
                url: 'https://example.test/a',
                kind: 'news',
              },
            },
            {
              quote: 'An existing source, by title and outlet.',
              speaker: null,
              source: {
                id: null,
                title: outletSource.title,
                outlet: outletSource.outlet,
                author: null,
                publishedAt: null,
                url: null,
                kind: 'news',
              },
            },
          ],
        }),
      ],
    });
    const before = await counts();
    // The preview writes nothing.
    const parsed = parseImport(file, { fileName: 'test.json' });
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planImport(prisma, parsed, 'test.json');
    expect(plan.preview.errorCount).toBe(0);
    expect(await counts()).toEqual(before);

    const result = await applyImport(prisma, adminId, file, { fileName: 'test.json' });
    if (!result.ok)
      throw new Error(`${result.error} ${'preview' in result ? JSON.stringify(result.preview.rows.map((r) => r.errors)) : ''}`);
    const { report } = result;

    expect(report.events.map((e) => e.slug)).toEqual(['zz-import-first', 'zz-import-second']);
    expect(report.created.actors.map((a) => [a.slug, a.name])).toEqual([['zz-import-person', 'Zz Import Person']]);
    expect(report.created.sectors.map((s) => [s.slug, s.name])).toEqual([['zz-import-sector', 'Zz Import Sector']]);
    expect(report.created.sources.map((s) => [s.id, s.title])).toEqual([['zz-import-source', 'Zz Import Source']]);
    expect(report.matched.actors.map((a) => [a.key, a.by])).toEqual([
      ['kirill-dmitriev', 'name'],
      ['steve-witkoff', 'alias'],
    ]);
    expect(report.matched.sectors.map((s) => [s.key, s.by]).sort()).toEqual([
      ['energy', 'slug'],
      ['space', 'name'],
    ]);
    expect(report.matched.sources.map((s) => [s.key, s.by]).sort()).toEqual(
      [
        [seededSource.id, 'id'],
        [outletSource.id, 'title and outlet'],
      ].sort() as [string, string][],
    );

    const events = await prisma.event.findMany({
      where: { slug: { startsWith: 'zz-import-' } },
      orderBy: { slug: 'asc' },
      include: {
        actors: { include: { actor: true } },
        sectors: { include: { sector: true } },
        citations: { orderBy: { position: 'asc' }, include: { speaker: true } },
      },
    });
    expect(events.map((e) => [e.slug, e.status])).toEqual([
      ['zz-import-first', 'draft'],
      ['zz-import-second', 'draft'],
    ]);
    const first = events[0];
    expect(first.approximate).toBe(true);
    expect(first.actors.map((a) => [a.actor.slug, a.role, a.title]).sort()).toEqual([
      ['kirill-dmitriev', 'participant', 'CEO, RDIF'],
      ['steve-witkoff', 'host', null],
      ['zz-import-person', 'mentioned', null],
    ]);
    expect(first.sectors.map((s) => s.sector.slug).sort()).toEqual(['energy', 'space', 'zz-import-sector']);
    expect(first.citations.map((c) => [c.sourceId, c.quote, c.speaker?.slug])).toEqual([
      [seededSource.id, 'They met in Geneva.', 'kirill-dmitriev'],
    ]);
    expect(events[1].citations.map((c) => c.sourceId)).toEqual(['zz-import-source', outletSource.id]);

    for (const e of events) {
      const revisions = await prisma.revision.findMany({ where: { entityType: 'event', entityId: e.id } });
      expect(revisions.map((r) => [r.version, r.action, r.userId, r.message])).toEqual([[1, 'import', adminId, 'Imported from test.json']]);
      expect(await prisma.auditEntry.count({ where: { entityType: 'event', entityId: e.id, action: 'import' } })).toBe(1);
    }
    const person = await prisma.actor.findUniqueOrThrow({ where: { slug: 'zz-import-person' } });
    const sector = await prisma.sector.findUniqueOrThrow({ where: { slug: 'zz-import-sector' } });
    const source = await prisma.source.findUniqueOrThrow({ where: { id: 'zz-import-source' } });
    expect([person.status, person.kind, sector.status, source.status, source.outlet, source.publishedPrecision]).toEqual([
      'draft',
      'person',
      'draft',
      'draft',
      'Zz Outlet',
      'day',
    ]);
    for (const [entityType, entityId] of [
      ['actor', person.id],
      ['sector', sector.id],
      ['source', source.id],
    ] as const) {
      expect(await prisma.revision.count({ where: { entityType, entityId } })).toBe(1);
    }
  });

  it('imports nothing when one row is bad, and says which', async () => {
    const file = JSON.stringify([
      event('zz-import-ok', {
        actors: [{ name: 'Zz Import Another Person', role: 'participant', title: null }],
        sectors: [{ name: 'Zz Import Other Sector' }],
      }),
      event('zz-import-bad', { type: 'summit' }),
    ]);
    const before = await counts();
    const result = await applyImport(prisma, adminId, file, { fileName: 'bad.json' });
    expect(result.ok).toBe(false);
    if (result.ok || !('preview' in result)) throw new Error('expected a preview with errors');
    expect(result.preview.errorCount).toBe(1);
    expect(result.preview.rows.map((r) => [r.row, r.errors.length])).toEqual([
      [1, 0],
      [2, 1],
    ]);
    expect(result.preview.rows[1].errors[0]).toMatch(/^type: Unknown event type "summit"/);
    expect(await counts()).toEqual(before);
    expect(await prisma.event.findUnique({ where: { slug: 'zz-import-ok' } })).toBeNull();
  });

  it('refuses slugs that existing events use, and rolls back everything', async () => {
    const taken = await prisma.event.findFirstOrThrow({ where: { slug: { not: { startsWith: 'zz-' } } }, select: { slug: true } });
    const file = JSON.stringify([
      event('zz-import-fresh', { actors: [{ name: 'Zz Import Third Person', role: 'participant', title: null }] }),
      event(taken.slug),
    ]);
    const before = await counts();
    const result = await applyImport(prisma, adminId, file);
    expect(result.ok).toBe(false);
    if (result.ok || !('preview' in result)) throw new Error('expected a preview with errors');
    expect(result.preview.rows[1].errors[0]).toMatch(/an existing event already uses/);
    expect(await counts()).toEqual(before);
  });

  it('imports the CSV export shape as drafts without citations', async () => {
    const csv = [
      'slug,title,type,date_start,date_precision,date_end,date_approximate,date_label,location,summary,actors,sectors,proposals,sources,url',
      'zz-import-csv,A CSV event,call,2031-06-10,day,,false,10 June 2031,,Summary.,Vladimir Putin (participant); Donald Trump (participant),Energy,,Some source,https://x.test/e',
    ].join('\n');
    const result = await applyImport(prisma, adminId, csv, { fileName: 'events.csv' });
    if (!result.ok) throw new Error(result.error);
    expect(result.report.created).toEqual({ actors: [], sectors: [], sources: [] });
    expect(result.report.matched.actors.map((a) => a.key)).toEqual(['donald-trump', 'vladimir-putin']);
    const e = await prisma.event.findUniqueOrThrow({ where: { slug: 'zz-import-csv' }, include: { citations: true, actors: true } });
    expect([e.status, e.type, e.citations.length, e.actors.length]).toEqual(['draft', 'call', 0, 2]);
  });
});

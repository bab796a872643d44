import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { ftmDate, mapAuthority, parseFtm } from '@/lib/import/ftm';
import { applyFtmImport, planFtm } from '@/lib/import/ftm-apply';
import { testUsers } from '../support/users';

/*
 * Designations from FollowTheMoney JSON Lines (the OpenSanctions format),
 * through the same preview / per-row errors / all-or-nothing rules as the
 * event import, against the real test database.
 */

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/ftm', name), 'utf8');
let userId: string;

async function counts() {
  const prisma = await db();
  const [designations, sources, citations, revisions, audit] = await Promise.all([
    prisma.designation.count(),
    prisma.source.count(),
    prisma.citation.count(),
    prisma.revision.count(),
    prisma.auditEntry.count(),
  ]);
  return { designations, sources, citations, revisions, audit };
}

async function cleanUp() {
  const prisma = await db();
  await prisma.designation.deleteMany({ where: { note: { contains: 'FollowTheMoney entity zz-ftm-' } } });
  await prisma.source.deleteMany({ where: { url: { startsWith: 'https://example.org/ftm-test/' } } });
}

beforeAll(async () => {
  const prisma = await db();
  userId = (await prisma.user.findUnique({ where: { email: testUsers.admin.email } }))!.id;
  await cleanUp();
});
afterAll(cleanUp);

describe('reading FtM', () => {
  it('maps dates to their precision and refuses impossible ones', () => {
    expect(ftmDate('2022')).toEqual({ date: '2022-01-01', precision: 'year' });
    expect(ftmDate('2022-03')).toEqual({ date: '2022-03-01', precision: 'month' });
    expect(ftmDate('2022-03-15T08:00:00')).toEqual({ date: '2022-03-15', precision: 'day' });
    expect(ftmDate('2022-02-30')).toMatch(/is not a date/);
    expect(ftmDate('March 2022')).toMatch(/is not a date/);
  });

  it('maps the lists’ authority names', () => {
    expect(mapAuthority('Office of Foreign Assets Control', null).authority).toBe('ofac');
    expect(mapAuthority('European Union', null).authority).toBe('eu');
    expect(mapAuthority('HM Treasury', null).authority).toBe('uk');
    expect(mapAuthority('United Nations Security Council', null).authority).toBe('un');
    expect(mapAuthority('Global Affairs Canada', 'ca')).toEqual({ authority: 'other', name: 'Global Affairs Canada' });
  });

  it('one row per Sanction entity; entities only referenced; untargeted tags noted', () => {
    const parsed = parseFtm(fixture('good.jsonl'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.rows.map((r) => r.display.slug)).toEqual(['zz-ftm-sanction-kd-ofac', 'zz-ftm-sanction-rdif-eu']);
    expect(parsed.rows.map((r) => r.line)).toEqual([2, 5]);
    expect(parsed.rows[1].designation).toMatchObject({
      authority: 'eu',
      listed: { date: '2022-03-01', precision: 'month' },
      delisted: { date: '2024-01-01', precision: 'year' },
    });
    expect(parsed.notes.join(' ')).toContain('Tagged Without Sanction Ltd');
  });

  it('a file with nothing to import is refused as a whole', () => {
    expect(parseFtm('')).toEqual({ ok: false, error: 'The file is empty.' });
    expect(parseFtm('{"id":"a","schema":"Person","properties":{"name":["A"]}}').ok).toBe(false);
  });
});

describe('importing FtM', () => {
  it('previews the good file: actors matched by alias, including Cyrillic, and sources to create', async () => {
    const parsed = parseFtm(fixture('good.jsonl'));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planFtm(await db(), parsed, 'good.jsonl');
    expect(plan.preview.errorCount).toBe(0);
    expect(plan.preview.rows[0].actors).toEqual([
      { label: 'Kirill Aleksandrovich DMITRIEV', key: 'kirill-dmitriev', status: 'matched', by: 'alias', existing: 'Kirill Dmitriev' },
    ]);
    expect(plan.preview.rows[1].actors[0]).toMatchObject({ key: 'rdif', by: 'alias' });
    expect(plan.preview.created.sources).toHaveLength(2);
    expect(plan.preview.rows[1].warnings).toContain('No quotable reason in the record: add a citation before publishing it');
  });

  it('imports the good file in one go: drafts with revisions and audit; a second import skips them', async () => {
    const before = await counts();
    const result = await applyFtmImport(await db(), userId, fixture('good.jsonl'), { fileName: 'good.jsonl' });
    if (!result.ok) throw new Error(result.error);
    expect(result.report.designations).toHaveLength(2);
    const after = await counts();
    expect(after.designations - before.designations).toBe(2);
    expect(after.sources - before.sources).toBe(2);
    expect(after.citations - before.citations).toBe(1);
    // Two sources and two designations, each with its revision and audit entry.
    expect(after.revisions - before.revisions).toBe(4);
    expect(after.audit - before.audit).toBe(4);
    const prisma = await db();
    const rows = await prisma.designation.findMany({
      where: { id: { in: result.report.designations!.map((d) => d.id) } },
      include: { actor: { select: { slug: true } } },
      orderBy: { authority: 'asc' },
    });
    expect(rows.map((r) => [r.actor.slug, r.authority, r.status, r.listedPrecision, r.programme])).toEqual([
      ['kirill-dmitriev', 'ofac', 'draft', 'day', 'TEST-PROGRAMME-1'],
      ['rdif', 'eu', 'draft', 'month', 'TEST-EU-REGIME'],
    ]);
    const revision = await prisma.revision.findFirstOrThrow({ where: { entityType: 'designation', entityId: rows[0].id } });
    expect(revision.action).toBe('import');

    const again = await applyFtmImport(await db(), userId, fixture('good.jsonl'), { fileName: 'good.jsonl' });
    if (!again.ok) throw new Error(again.error);
    expect(again.report.designations).toEqual([]);
    expect((await counts()).designations).toBe(after.designations);
  });

  it('the bad file: an error on each bad row, and nothing written', async () => {
    const parsed = parseFtm(fixture('bad.jsonl'));
    if (!parsed.ok) throw new Error(parsed.error);
    const plan = await planFtm(await db(), parsed, 'bad.jsonl');
    const byLine = new Map(plan.preview.rows.map((r) => [r.line, r.errors]));
    expect(byLine.get(2)).toEqual([]);
    expect(byLine.get(3)?.[0]).toMatch(/^Line 3 is not valid JSON/);
    expect(byLine.get(5)?.[0]).toMatch(/no actor is named "Nobody Known Here"/);
    expect(byLine.get(6)).toEqual(['startDate: "2022-13-45" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)']);
    expect(plan.preview.errorCount).toBe(3);

    const before = await counts();
    const result = await applyFtmImport(await db(), userId, fixture('bad.jsonl'), { fileName: 'bad.jsonl' });
    expect(result.ok).toBe(false);
    expect(result.ok === false && 'preview' in result ? result.preview.errorCount : null).toBe(3);
    expect(await counts()).toEqual(before);
  });
});

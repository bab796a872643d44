/**
 * Times the embedded database's first start: create + migrate, then the
 * seed, on a throwaway folder. Run: npx tsx scripts/bench/first-start.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../lib/db/open';
import { seedIfEmpty } from '../../lib/seed/first-start';

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-first-start-'));
  try {
    let seeded = 0;
    const t0 = performance.now();
    const db = await openDatabase({
      pgliteDir: path.join(dir, 'pglite'),
      firstStart: async (prisma) => {
        const t = performance.now();
        await seedIfEmpty(prisma);
        seeded = performance.now() - t;
      },
    });
    const total = performance.now() - t0;
    const revisions = await db.prisma.revision.count();
    await db.close();
    console.log(
      `first start ${(total / 1000).toFixed(2)} s (create+migrate ${((total - seeded) / 1000).toFixed(2)} s, seed ${(seeded / 1000).toFixed(2)} s, ${revisions} revisions)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

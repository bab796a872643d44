/** npm run db:seed — writes the reviewed dataset in prisma/seed/ (idempotent). */
import { env } from '../lib/env';
import { openDatabase } from '../lib/db/open';
import { loadSeedDataset, checkSeedReferences } from '../lib/seed/load';
import { writeDataset } from '../lib/seed/write';
import { checkSanctionReferences, loadSeedSanctions } from '../lib/seed/sanctions';

async function main() {
  const dataset = loadSeedDataset();
  const sanctions = loadSeedSanctions();
  const problems = [...checkSeedReferences(dataset), ...checkSanctionReferences(dataset, sanctions)];
  if (problems.length) throw new Error(`Seed files have broken references:\n${problems.join('\n')}`);
  const { DATABASE_URL, PGLITE_DIR } = env();
  const db = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, migrate: true });
  try {
    await writeDataset(db.prisma, dataset, { sanctions });
    console.log(`seeded ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.sources.length} sources (${db.kind})`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * Validates prisma/seed/*.json against lib/schemas/seed.ts and checks that
 * every reference resolves. Run: npx tsx scripts/check-seed.ts
 */
import { loadSeedDataset, checkSeedReferences } from '../lib/seed/load';
import { checkSanctionReferences, loadSeedSanctions } from '../lib/seed/sanctions';

const dataset = loadSeedDataset();
const sanctions = loadSeedSanctions();
const problems = [...checkSeedReferences(dataset), ...checkSanctionReferences(dataset, sanctions)];
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `seed ok: ${dataset.sources.length} sources, ${dataset.sectors.length} sectors, ${dataset.actors.length} actors, ` +
    `${dataset.events.length} events, ${dataset.proposals.length} proposals, ${dataset.figures.length} figures, ` +
    `${sanctions.designations.length} designations, ${sanctions.waivers.length} waivers`,
);

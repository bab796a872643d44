/**
 * Precision and recall of the from-article extraction on the annotated test
 * articles (tests/fixtures/articles). Run: npm run eval:article
 *   --held-out   score the three held-out articles instead of the tuning set
 *   --all        score every article
 *   --misses     list every extra and missed item
 * Exits 1 when a figure is below the target (0.9).
 */
import { join } from 'node:path';
import { evaluate, loadArticleCases, precisionOf, recallOf, type Scores } from '../lib/article/evaluate';
import { loadSeedDataset } from '../lib/seed/load';

const TARGET = 0.9;
const args = new Set(process.argv.slice(2));
const seed = loadSeedDataset();
const known = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));
const all = loadArticleCases(join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles'));
const cases = args.has('--all') ? all : all.filter((c) => c.heldOut === args.has('--held-out'));

const scores: Scores = evaluate(cases, known, sectors);
const fmt = (n: number) => n.toFixed(2);
console.log(`${cases.length} articles (${args.has('--all') ? 'all' : args.has('--held-out') ? 'held out' : 'tuning set'})`);
let ok = true;
for (const what of ['events', 'actors', 'figures'] as const) {
  const t = scores[what];
  const p = precisionOf(t);
  const r = recallOf(t);
  if (p < TARGET || r < TARGET) ok = false;
  console.log(
    `${what.padEnd(8)} precision ${fmt(p)} (${t.truePositives}/${t.proposed})  recall ${fmt(r)} (${t.truePositives}/${t.expected})`,
  );
}
console.log(`event types right on matched events: ${scores.typesRight}/${scores.events.truePositives}`);
if (args.has('--misses')) for (const m of scores.misses) console.log(`  ${m}`);
if (!ok) {
  console.log(`Below the target of ${TARGET}.`);
  process.exit(1);
}

/**
 * How long the from-article extraction takes on texts at the 100,000
 * character limit: a realistic article repeated, and the adversarial shapes
 * of tests/unit/article-adversarial.test.ts. Run: npx tsx scripts/measure-article.ts
 * (Speed is measured here, not asserted in a timed test.)
 */
import { join } from 'node:path';
import { loadArticleCases } from '../lib/article/evaluate';
import { extractProposals } from '../lib/article/extract';
import { MAX_ARTICLE_CHARS } from '../lib/schemas/article';
import { loadSeedDataset } from '../lib/seed/load';

const seed = loadSeedDataset();
const actors = seed.actors.map((a) => ({ slug: a.slug, name: a.name, aliases: a.aliases, kind: a.kind }));
const sectors = seed.sectors.map((s) => ({ slug: s.slug, name: s.name }));
const N = MAX_ARTICLE_CHARS - 1000;
const fill = (unit: string) => unit.repeat(Math.floor(N / unit.length)).slice(0, N);
const news = loadArticleCases(join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles'))
  .map((c) => c.text)
  .join('\n\n');

const texts: [string, string][] = [
  ['test articles repeated', fill(`${news}\n\n`)],
  ['one long sentence of names', fill('Rosneft and Lukoil met Secretary of State Marco Rubio and Sergei Lavrov in Riyadh on Tuesday, ')],
  ['dated sentences', fill('Dmitriev met Witkoff on Tuesday. ')],
  ['years', fill('in 2020 ')],
  ['repeated verb', fill('imposed ')],
  ['money', fill('$1 ')],
  ['capitalised words', fill('Alpha Beta Gamma ')],
  ['Cyrillic names', fill('Дмитриев и Путин встретились. ')],
  ['full stops', fill('.')],
];
for (const [name, text] of texts) {
  extractProposals({ text: text.slice(0, 2000), publishedAt: '2025-04-10', precision: 'day', actors, sectors }); // warm up
  const t = performance.now();
  const p = extractProposals({ text, publishedAt: '2025-04-10', precision: 'day', actors, sectors });
  const ms = performance.now() - t;
  console.log(
    `${name.padEnd(28)} ${String(text.length).padStart(6)} chars  ${ms.toFixed(0).padStart(6)} ms  ` +
      `${p.events.length} events, ${p.actors.length} actors, ${p.figures.length} figures`,
  );
}

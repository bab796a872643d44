/**
 * Client benchmark: Backchannel's `/` against TimelineJS3 and vis-timeline,
 * all three drawing the same synthetic events in headless Chromium.
 *
 *   npm run bench:client -- [--sizes 1k,10k,100k] [--runs 5] [--cap 120] [--json out.json] [--skip-build]
 *                           [--backchannel-ready <selector>] [--backchannel-zoom key|wheel|click:<selector>]
 *                           [--backchannel-settle attribute|mutations]
 *
 * For each size: the events are generated into a migrated database of a
 * throwaway PostgreSQL cluster (scripts/bench/generate-data.ts), read back as
 * JSON for the peers' pages (served from the packages' dist files), and each
 * library is loaded `--runs` times, interleaved (B, T, V, B, T, V…), each run
 * in a fresh browser context at 1280×800. Prints medians, ratios and the
 * targets of issue 8 as markdown tables.
 *
 * The Backchannel defaults follow the axis DOM contract: rendered =
 * `[data-timeline-axis][data-state="ready"]`, zoom = focus the axis and press
 * "+", settled = its `data-view` changed. The --backchannel-* flags exist to
 * exercise the script against a page without that contract.
 *
 * Exits non-zero on setup failure, on a page error, or when a library never
 * rendered (Backchannel within the cap at any size; a peer at every size).
 */
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { startCluster, type Cluster } from '../pg-cluster';
import { openDatabase } from '../../lib/db/open';
import { generateData } from '../bench/generate-data';
import { cleanUpOnExit, killAllChildren, nextBuild, nextStart, stopClusterQuietly } from '../bench/server';
import { listFiles, NEXT_DIR, resetRuntimeCaches, SERVER_DIR } from '../bench/next-caches';
import { freePort } from '../free-port';
import { launchBrowser } from '../../tests/support/browser';
import { peerData } from './peer-data';
import { startPeerServer, versions, type PeerServer } from './peer-server';
import { measureRun, measureShipped, PageFailure, type LibrarySetup } from './measure-run';
import { LIBRARIES, LIBRARY_NAMES, runNotes, sizeLabel, sizeTable, verdicts, verdictTable, type Library, type SizeReport } from './report';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const JS_CSS_BUDGET = 100_000;
const AXIS = '[data-timeline-axis]';

class UsageError extends Error {}

const USAGE =
  'usage: npm run bench:client -- [--sizes 1k,10k,100k] [--runs 5] [--cap 120] [--json <path>] [--skip-build]\n' +
  '         [--backchannel-ready <selector>] [--backchannel-zoom key|wheel|click:<selector>] [--backchannel-settle attribute|mutations]';

function usage(message: string): never {
  throw new UsageError(`${message}\n${USAGE}`);
}

function parseCount(text: string): number {
  const match = /^(\d+)(k?)$/i.exec(text.trim());
  if (!match) usage(`"${text}" is not a whole number of events (e.g. 10000 or 10k)`);
  const n = Number(match[1]) * (match[2] ? 1_000 : 1);
  if (n < 1) usage('sizes must be at least 1 event');
  return n;
}

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) usage(`--${name} must be a positive number, not "${text}"`);
  return n;
}

function parseCli(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string' },
        runs: { type: 'string' },
        cap: { type: 'string' },
        json: { type: 'string' },
        'skip-build': { type: 'boolean', default: false },
        'backchannel-ready': { type: 'string' },
        'backchannel-zoom': { type: 'string' },
        'backchannel-settle': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    usage((error as Error).message);
  }
  const v = parsed.values;
  const zoom = v['backchannel-zoom'] ?? 'key';
  if (!['key', 'wheel'].includes(zoom) && !zoom.startsWith('click:'))
    usage(`--backchannel-zoom must be key, wheel or click:<selector>, not "${zoom}"`);
  const settle = v['backchannel-settle'] ?? 'attribute';
  if (settle !== 'attribute' && settle !== 'mutations') usage(`--backchannel-settle must be attribute or mutations, not "${settle}"`);
  return {
    sizes: v.sizes ? [...new Set(v.sizes.split(',').map(parseCount))].sort((a, b) => a - b) : DEFAULT_SIZES,
    runs: Math.round(positive('runs', v.runs, 5)),
    capMs: positive('cap', v.cap, 120) * 1000,
    jsonPath: v.json ? path.resolve(v.json) : undefined,
    skipBuild: v['skip-build'] ?? false,
    backchannel: { ready: v['backchannel-ready'] ?? `${AXIS}[data-state="ready"]`, zoom, settle },
  };
}

type Args = ReturnType<typeof parseCli>;

function setups(args: Args, origin: string, peers: PeerServer, size: number): Record<Library, LibrarySetup> {
  const b = args.backchannel;
  const action: LibrarySetup['zoom']['action'] =
    b.zoom === 'key'
      ? { kind: 'key', focus: AXIS, key: '+' }
      : b.zoom === 'wheel'
        ? { kind: 'wheel', target: AXIS }
        : { kind: 'click', target: b.zoom.slice('click:'.length) };
  return {
    backchannel: {
      url: `${origin}/`,
      readySelector: b.ready,
      zoom: {
        action,
        signal:
          b.settle === 'attribute'
            ? { kind: 'attribute', selector: AXIS, attribute: 'data-view' }
            : { kind: 'mutations', selector: 'body' },
      },
    },
    timelinejs: {
      url: `${peers.origin}/timelinejs.html?size=${size}`,
      zoom: {
        action: { kind: 'click', target: '.tl-menubar-button:has(.tl-icon-zoom-in)' },
        signal: { kind: 'mutations', selector: '#timeline' },
      },
    },
    vis: {
      url: `${peers.origin}/vis-timeline.html?size=${size}`,
      zoom: { action: { kind: 'wheel', target: '.vis-panel.vis-center' }, signal: { kind: 'event' } },
    },
  };
}

// ---------------------------------------------------------------------------
// Cleanup on every way out.

let cluster: Cluster | undefined;
let buildSnapshot: Set<string> | undefined;

function cleanup() {
  killAllChildren();
  if (buildSnapshot) {
    // The synthetic data's cached pages must not outlive the run.
    resetRuntimeCaches(buildSnapshot);
    buildSnapshot = undefined;
  }
  if (cluster) {
    const c = cluster;
    cluster = undefined;
    stopClusterQuietly(c);
  }
}

cleanUpOnExit(cleanup, 'the server, the browser and the database cluster');

// ---------------------------------------------------------------------------

const databaseName = (n: number) => `bench_client_${sizeLabel(n)}`;
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

function serverEnv(databaseUrl: string, origin: string): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, SITE_URL: origin, NEXT_TELEMETRY_DISABLED: '1' };
}

async function warmUp(url: string) {
  const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status} during warm-up`);
}

async function benchSize(
  args: Args,
  browser: Browser,
  size: number,
  databaseUrl: string,
  peers: PeerServer,
  overCap: Set<Library>,
): Promise<SizeReport> {
  const port = await freePort();
  const server = await nextStart(port, serverEnv(databaseUrl, `http://127.0.0.1:${port}`));
  try {
    // One server-side render first, so that runs measure the client, not Next's first-request compilation of the route.
    await warmUp(`${server.origin}/`);
    const setup = setups(args, server.origin, peers, size);
    const report: SizeReport = {
      events: size,
      libraries: { timelinejs: { runs: [] }, vis: { runs: [] }, backchannel: { runs: [] } },
    };
    const order: Library[] = ['backchannel', 'timelinejs', 'vis'];
    for (const lib of order) {
      if (overCap.has(lib)) report.libraries[lib].skipped = `> ${args.capMs / 1000} s (over the cap at a smaller size; not run)`;
    }
    for (let run = 1; run <= args.runs; run++) {
      for (const lib of order) {
        const entry = report.libraries[lib];
        if (entry.skipped) continue;
        const since = Date.now();
        let result;
        try {
          result = await measureRun(browser, setup[lib], args.capMs);
        } catch (error) {
          if (error instanceof PageFailure) throw new Error(`${LIBRARY_NAMES[lib]} at ${sizeLabel(size)}, run ${run}: ${error.message}`);
          throw error;
        }
        entry.runs.push(result);
        const r = result.renderedMs === null ? `> ${args.capMs / 1000} s` : `${Math.round(result.renderedMs)} ms`;
        const z = result.zoomMs === null ? 'n/a' : `${Math.round(result.zoomMs)} ms`;
        console.log(`  ${sizeLabel(size)} run ${run} ${LIBRARY_NAMES[lib].padEnd(12)} rendered ${r}, zoom ${z} (${seconds(since)}s)`);
        if (result.renderedMs === null) {
          if (lib === 'backchannel') {
            throw new Error(
              `Backchannel did not render within ${args.capMs / 1000} s at ${sizeLabel(size)} (ready selector: ${args.backchannel.ready})`,
            );
          }
          // Over the cap once is enough to report "> cap"; the remaining runs would only spend the cap again.
          overCap.add(lib);
          if (run < args.runs) entry.skipped = `> ${args.capMs / 1000} s`;
        }
      }
    }
    return report;
  } finally {
    await server.stop();
  }
}

async function main() {
  const args = parseCli(process.argv.slice(2));
  process.chdir(ROOT); // lib/db resolves migrations and the wasm engine from the cwd.
  const [load1] = os.loadavg();
  console.log(
    `Client benchmark: sizes ${args.sizes.map(sizeLabel).join(', ')}; ${args.runs} runs per library per size, interleaved; cap ${args.capMs / 1000} s; ` +
      `TimelineJS3 ${versions.timelinejs}, vis-timeline ${versions.visTimeline} (standalone build; vis-data ${versions.visData}); ` +
      `${os.cpus().length} CPU(s); load average ${load1.toFixed(2)} at start${load1 > 0.5 ? ' (busy machine: expect noise)' : ''}`,
  );
  console.log(
    `Backchannel: ready = ${args.backchannel.ready}; zoom = ${args.backchannel.zoom}; settled = ${args.backchannel.settle === 'attribute' ? 'data-view changed' : 'DOM mutations stopped'}`,
  );

  let since = Date.now();
  cluster = await startCluster({ databases: args.sizes.map(databaseName) });
  const urlOf = (n: number) => cluster!.url(databaseName(n));
  for (const size of args.sizes) {
    since = Date.now();
    const db = await openDatabase({ databaseUrl: urlOf(size), migrate: true });
    await db.close();
    await generateData(urlOf(size), size);
    console.log(`Loaded ${sizeLabel(size)} events into ${databaseName(size)} (${seconds(since)}s)`);
  }

  if (args.skipBuild) {
    if (!existsSync(path.join(NEXT_DIR, 'BUILD_ID')))
      throw new Error(`--skip-build needs an existing build in ${path.relative(ROOT, NEXT_DIR)}; run without it first.`);
    console.log(`Using the existing build in ${path.relative(ROOT, NEXT_DIR)} (--skip-build)`);
  } else {
    since = Date.now();
    console.log('Building (next build)…');
    await nextBuild(serverEnv(urlOf(args.sizes[0]), 'http://127.0.0.1:3000'));
    console.log(`Built in ${seconds(since)}s`);
  }
  const snapshot = listFiles(SERVER_DIR);
  buildSnapshot = snapshot;

  const peers = await startPeerServer();
  const reports: SizeReport[] = [];
  const overCap = new Set<Library>();
  let floorBytes: number | null = null;
  try {
    for (const size of args.sizes) {
      console.log(`\n== ${sizeLabel(size)} events ==`);
      resetRuntimeCaches(snapshot);
      const data = await peerData(urlOf(size));
      if (data.events !== size) throw new Error(`Read back ${data.events} events from ${databaseName(size)}, expected ${size}`);
      peers.setData(size, data);
      const browser = await launchBrowser();
      try {
        if (floorBytes === null) floorBytes = await frameworkFloor(browser, urlOf(size));
        reports.push(await benchSize(args, browser, size, urlOf(size), peers, overCap));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await peers.close();
  }

  console.log('\n================ Results (medians) ================');
  console.log(
    'Times in ms from navigation start. Rendered: the library drawn, then two animation frames. Long tasks: navigation until the network was quiet for 1 s after rendering. ' +
      'Zoom: from the input event to two frames after the last change signal. JS+CSS: every script and stylesheet response of the first load, gzipped here (level 6). 1 KB = 1000 bytes.',
  );
  for (const r of reports) {
    console.log(`\n### ${sizeLabel(r.events)} events\n`);
    console.log(sizeTable(r, args.capMs));
  }
  const list = verdicts(reports, args.capMs, JS_CSS_BUDGET, floorBytes);
  console.log(`\n### Targets\n`);
  console.log(verdictTable(list));
  if (floorBytes !== null)
    console.log(`\nFramework floor: JS+CSS of the not-found page (no app client code) = ${(floorBytes / 1000).toFixed(1)} KB gzip.`);
  const notes = reports.flatMap(runNotes);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);

  if (args.jsonPath) {
    const json = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version, loadAverageAtStart: load1 },
      versions,
      options: { sizes: args.sizes, runs: args.runs, capMs: args.capMs, backchannel: args.backchannel },
      frameworkFloorBytes: floorBytes,
      sizes: reports,
      targets: list,
    };
    writeFileSync(args.jsonPath, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nWrote ${args.jsonPath}`);
  }

  const never = LIBRARIES.filter((l) => reports.every((r) => r.libraries[l].runs.every((x) => x.renderedMs === null)));
  if (never.length) throw new Error(`Never rendered: ${never.map((l) => LIBRARY_NAMES[l]).join(', ')}`);
}

/** JS+CSS of a route with no app client code: what the framework and the root layout ship by themselves. */
async function frameworkFloor(browser: Browser, databaseUrl: string): Promise<number> {
  const port = await freePort();
  const server = await nextStart(port, serverEnv(databaseUrl, `http://127.0.0.1:${port}`));
  try {
    return (await measureShipped(browser, `${server.origin}/bench-client-framework-floor-not-found`)).bytes;
  } finally {
    await server.stop();
  }
}

main().then(
  () => {
    cleanup();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`\nClient benchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    cleanup();
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);

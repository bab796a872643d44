/**
 * How long the production server takes to serve its first page on the
 * embedded database (no DATABASE_URL):
 *   - first start: an empty PGLITE_DIR (create, migrate, seed at start-up);
 *   - restart: the same folder after a normal stop (SIGTERM);
 *   - restart after kill -9: the same folder after the server was killed,
 *     which leaves its lock behind.
 * Each time is from spawning `next start` to the first 200 answer on the
 * path (default `/`, the timeline). The start-up log's database steps are
 * printed beside the first start.
 *
 *   npm run bench:start -- [--runs 3] [--path /] [--skip-build]
 *
 * Builds once into tmp/start-bench/build (--skip-build reuses it); each run
 * serves a fresh copy of the build, so that no page cached by an earlier run
 * (on another database) is served.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './free-port';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILD_DIR = 'tmp/start-bench/build';
const RUN_DIR = 'tmp/start-bench/run';
const NEXT_BIN = path.join(ROOT, 'node_modules', '.bin', 'next');

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    path: { type: 'string', default: '/' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, not "${values.runs}"`);
const probePath = values.path;

const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } as Record<string, string | undefined> as NodeJS.ProcessEnv;
delete baseEnv.DATABASE_URL;
delete (baseEnv as Record<string, string | undefined>).NODE_ENV;

const live = new Set<ChildProcess>();
function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}
process.on('exit', () => live.forEach((child) => killGroup(child, 'SIGKILL')));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(130));

interface Started {
  ms: number;
  /** When the start-up log said the database was ready. */
  databaseReadyMs: number | null;
  databaseLog: string[];
  stop(signal: 'SIGTERM' | 'SIGKILL'): Promise<void>;
}

/** Spawns `next start` and resolves at its first 200 on probePath. */
async function startServer(pgliteDir: string): Promise<Started> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const began = performance.now();
  const child = spawn(NEXT_BIN, ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: ROOT,
    env: { ...baseEnv, PGLITE_DIR: pgliteDir, NEXT_DIST_DIR: RUN_DIR, SITE_URL: origin },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  live.add(child);
  let output = '';
  let databaseReadyMs: number | null = null;
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk;
    if (databaseReadyMs === null && /database: .*ready in/.test(output)) databaseReadyMs = performance.now() - began;
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => (live.delete(child), resolve())));
  const stop = async (signal: 'SIGTERM' | 'SIGKILL') => {
    killGroup(child, signal);
    await exited;
  };
  const deadline = began + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}) before answering:\n${output}`);
    const status = await fetch(origin + probePath, { signal: AbortSignal.timeout(60_000) })
      .then(async (response) => (await response.arrayBuffer(), response.status))
      .catch(() => 0);
    if (status === 200) {
      const ms = performance.now() - began;
      return { ms, databaseReadyMs, databaseLog: output.split('\n').filter((line) => line.startsWith('database:')), stop };
    }
    if (status >= 500) throw new Error(`${probePath} answered ${status} during start-up:\n${output}`);
    if (performance.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`No 200 on ${probePath} within 180 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const describe = (s: Started) => `${seconds(s.ms)} (database ready at ${s.databaseReadyMs === null ? '?' : seconds(s.databaseReadyMs)})`;
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

async function main() {
  process.chdir(ROOT);
  if (!values['skip-build'] || !existsSync(path.join(BUILD_DIR, 'BUILD_ID'))) {
    console.info(`next build into ${BUILD_DIR} …`);
    // next build adds its dist folder's types to tsconfig.json; a measurement
    // must not leave the working tree changed.
    const tsconfig = readFileSync('tsconfig.json', 'utf8');
    const build = spawnSync(NEXT_BIN, ['build'], { env: { ...baseEnv, NEXT_DIST_DIR: BUILD_DIR }, encoding: 'utf8' });
    writeFileSync('tsconfig.json', tsconfig);
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  console.info(
    `${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}; ${runs} run(s), first 200 on ${probePath}\n`,
  );
  const results: { first: number; restart: number; afterKill: number }[] = [];
  for (let run = 1; run <= runs; run++) {
    rmSync(RUN_DIR, { recursive: true, force: true });
    cpSync(BUILD_DIR, RUN_DIR, { recursive: true });
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'backchannel-start-bench-'));
    const pgliteDir = path.join(dataDir, 'pglite');
    try {
      const first = await startServer(pgliteDir);
      await first.stop('SIGTERM');
      const restart = await startServer(pgliteDir);
      await restart.stop('SIGKILL');
      const afterKill = await startServer(pgliteDir);
      await afterKill.stop('SIGTERM');
      results.push({ first: first.ms, restart: restart.ms, afterKill: afterKill.ms });
      console.info(
        `run ${run}: first start ${describe(first)}, restart ${describe(restart)}, restart after kill -9 ${describe(afterKill)}`,
      );
      for (const line of first.databaseLog) console.info(`  first start  ${line}`);
      for (const line of restart.databaseLog) console.info(`  restart      ${line}`);
      for (const line of afterKill.databaseLog) console.info(`  after kill   ${line}`);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
  rmSync(RUN_DIR, { recursive: true, force: true });
  console.info(
    `\nmedian of ${runs}: first start ${seconds(median(results.map((r) => r.first)))}, restart ${seconds(median(results.map((r) => r.restart)))}, restart after kill -9 ${seconds(median(results.map((r) => r.afterKill)))}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * Fault check: what readers get while PostgreSQL is away, and how fast the
 * app recovers once it is back.
 *
 *   npx tsx scripts/check-faults.ts [--down 10] [--before 3] [--after 10]
 *                                   [--connections 30] [--skip-build] [--check]
 *
 * Builds the app into .next-faults (or reuses it with --skip-build), starts
 * `next start` on a seeded database in a throwaway PostgreSQL cluster, warms
 * a permalink, then loads four URLs at once with autocannon (the timeline, a
 * filtered timeline, the permalink, the API) while it stops the database for
 * --down seconds and starts it again. Prints, per URL, the answers by status
 * before, during and after the outage, and the recovery time: from the
 * database's restart to the last failed answer.
 *
 * With --check, exits non-zero when a request sent after the database went
 * away answered a 5xx other than 503, a cached permalink failed during the
 * outage, or recovery took over 5 s. Requests already being rendered when
 * the database disappears can still fail with 500: they are counted apart.
 */
import { seedIfEmpty } from '../lib/seed/first-start';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startCluster, type Cluster } from './pg-cluster';
import { openDatabase } from '../lib/db/open';
import { loadSeedDataset } from '../lib/seed/load';
import { fetchOnce, warmUp } from './bench/measure';
import { freePort } from './free-port';
import { killAllChildren, nextBuild, nextStart, type Server } from './bench/server';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = '.next-faults';
const RECOVERY_TARGET_MS = 5_000;

const { values } = parseArgs({
  options: {
    down: { type: 'string', default: '10' },
    before: { type: 'string', default: '3' },
    after: { type: 'string', default: '10' },
    connections: { type: 'string', default: '30' },
    'skip-build': { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
  strict: true,
});
const num = (name: keyof typeof values) => {
  const n = Number(values[name]);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
};
const downSeconds = num('down');
const beforeSeconds = num('before');
const afterSeconds = num('after');
const connections = Math.round(num('connections'));

let cluster: Cluster | undefined;

/** Pages and data cached from a throwaway database must not be served from another. */
function clearRuntimeCaches() {
  rmSync(path.join(ROOT, DIST, 'server', 'route-cache'), { recursive: true, force: true });
  rmSync(path.join(ROOT, DIST, 'cache', 'fetch-cache'), { recursive: true, force: true });
}

function cleanup() {
  killAllChildren();
  try {
    cluster?.stop();
  } catch {
    // Already stopped.
  }
  cluster = undefined;
  clearRuntimeCaches();
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => process.exit(130));

interface Answer {
  at: number;
  /** When the request was sent (at minus its response time). */
  sent: number;
  status: number; // 0 for a connection error or timeout
}

type Phase = 'before' | 'during' | 'after';

async function main() {
  process.chdir(ROOT);
  const seed = loadSeedDataset();
  const permalink = `/events/${seed.events[0].slug}`;
  const sector = seed.sectors[0].slug;
  const targets = [
    { label: 'timeline', path: '/' },
    { label: 'timeline, filtered', path: `/?sector=${sector}&type=meeting` },
    { label: 'permalink (cached)', path: permalink },
    { label: 'API events', path: '/api/v1/events?limit=20' },
  ];

  console.log('Starting a throwaway PostgreSQL cluster…');
  cluster = await startCluster({ databases: ['faults'] });
  const databaseUrl = cluster.url('faults');
  const database = await openDatabase({ databaseUrl, migrate: true, seed: seedIfEmpty });
  await database.close();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: DIST,
    NEXT_TELEMETRY_DISABLED: '1',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
  };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  if (!values['skip-build']) {
    console.log(`Building into ${DIST}/ (a few minutes)…`);
    await nextBuild({ ...env, SITE_URL: 'http://127.0.0.1' });
  }
  clearRuntimeCaches();

  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server: Server = await nextStart(port, { ...env, DATABASE_URL: databaseUrl, SITE_URL: origin }, '/api/health');
  try {
    for (const t of targets) {
      const last = await warmUp(origin + t.path, 2, 2);
      if (last.status !== 200) throw new Error(`GET ${t.path} answered ${last.status} during warm-up`);
    }
    const cache = (await fetchOnce(origin + permalink)).headers.get('x-nextjs-cache');
    console.log(`Permalink warmed (x-nextjs-cache: ${cache ?? 'none'}).`);

    const answers = new Map<string, Answer[]>(targets.map((t) => [t.path, []]));
    const totalSeconds = beforeSeconds + downSeconds + afterSeconds;
    const split = (i: number) => Math.floor(connections / targets.length) + (i < connections % targets.length ? 1 : 0);
    const runs = targets.map((t, i) => {
      const instance = autocannon({ url: origin + t.path, connections: Math.max(1, split(i)), duration: totalSeconds, timeout: 10 });
      const list = answers.get(t.path)!;
      instance.on('response', (_c, status, _bytes, responseTime) => list.push({ at: Date.now(), sent: Date.now() - responseTime, status }));
      instance.on('reqError', () => list.push({ at: Date.now(), sent: Date.now(), status: 0 }));
      return instance;
    });

    await new Promise((r) => setTimeout(r, beforeSeconds * 1000));
    console.log(`Stopping PostgreSQL for ${downSeconds}s under load (${connections} connections)…`);
    const downAt = Date.now();
    cluster.pause();
    const stoppedAt = Date.now(); // pg_ctl stop -w has returned: the server is gone
    await new Promise((r) => setTimeout(r, Math.max(0, downAt + downSeconds * 1000 - Date.now())));
    cluster.resume();
    const upAt = Date.now();
    console.log('PostgreSQL is back.');
    await Promise.all(runs);

    const phase = (a: Answer): Phase => (a.at < downAt ? 'before' : a.at <= upAt ? 'during' : 'after');
    const rows: string[][] = [];
    let unexpected5xx = 0;
    let inFlight5xx = 0;
    const unexpectedAt: number[] = [];
    let cachedFailed = 0;
    let lastFailure = upAt;
    for (const t of targets) {
      for (const p of ['before', 'during', 'after'] as Phase[]) {
        const counts = new Map<number, number>();
        for (const a of answers.get(t.path)!.filter((x) => phase(x) === p)) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
        const text =
          [...counts]
            .sort(([a], [b]) => a - b)
            .map(([s, n]) => `${s === 0 ? 'error' : s}×${n}`)
            .join(', ') || '—';
        rows.push([t.path, p, text]);
      }
      for (const a of answers.get(t.path)!) {
        if (a.status >= 500 && a.status !== 503) {
          unexpectedAt.push(a.at - downAt);
          // Sent before the server was gone: already past the proxy, mid-render when the database went away.
          if (a.sent < stoppedAt) inFlight5xx++;
          else unexpected5xx++;
        }
        if (t.path === permalink && a.at >= downAt && a.at <= upAt && a.status !== 200) cachedFailed++;
        if (a.at > upAt && a.status !== 200) lastFailure = Math.max(lastFailure, a.at);
      }
    }
    const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length), ['URL', 'phase', 'answers'][i].length));
    const line = (r: string[]) =>
      r
        .map((c, i) => c.padEnd(widths[i]))
        .join('  ')
        .trimEnd();
    console.log(`\n${line(['URL', 'phase', 'answers'])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
    for (const r of rows) console.log(line(r));
    const total = [...answers.values()].flat();
    const during = total.filter((a) => phase(a) === 'during');
    const byStatus = (list: Answer[]) => {
      const m = new Map<string, number>();
      for (const a of list)
        m.set(a.status === 0 ? 'error' : String(a.status), (m.get(a.status === 0 ? 'error' : String(a.status)) ?? 0) + 1);
      return [...m]
        .sort()
        .map(([s, n]) => `${s}: ${n}`)
        .join(', ');
    };
    const recoveryMs = lastFailure - upAt;
    console.log(`\nDuring the outage (${downSeconds}s): ${during.length} answers; ${byStatus(during)}.`);
    console.log(`Whole run (${totalSeconds}s): ${total.length} answers; ${byStatus(total)}.`);
    console.log(
      `Recovery: ${recoveryMs === 0 ? 'immediate (no failed answer after the restart)' : `last failed answer ${(recoveryMs / 1000).toFixed(2)}s after the restart`}.`,
    );
    const span = unexpectedAt.length
      ? `, answered ${(Math.min(...unexpectedAt) / 1000).toFixed(2)}s to ${(Math.max(...unexpectedAt) / 1000).toFixed(2)}s after the stop began`
      : '';
    console.log(
      `5xx other than 503: ${inFlight5xx + unexpected5xx} (${inFlight5xx} for requests already in flight when the database went away, ` +
        `${unexpected5xx} sent after it${span}). Cached permalink failures during the outage: ${cachedFailed}.`,
    );

    if (values.check && (unexpected5xx > 0 || cachedFailed > 0 || recoveryMs > RECOVERY_TARGET_MS)) {
      console.error('check:faults: targets missed.');
      process.exitCode = 1;
    }
  } finally {
    await server.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

/**
 * Throughput of `/` and a permalink through the two-instance cluster
 * (scripts/cluster/local-cluster.ts: HAProxy, two `next start`, PostgreSQL
 * primary + replica, Redis) against one instance behind the same HAProxy
 * (the other taken out of rotation through HAProxy's admin socket), with the
 * load average at each step. `measureClusterThroughput` returns the figures
 * (scripts/bench/run.ts prints them); run alone with
 * `tsx scripts/bench/cluster.ts`, and CLUSTER_BENCH_SECONDS (default 10),
 * CLUSTER_BENCH_CONNECTIONS (default 50), NEXT_DIST_DIR (default .next).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { haproxyCommand, startCluster, stopCluster } from '../cluster/local-cluster';
import { measure } from './measure';

export interface ClusterRow {
  url: string;
  /** req/s through HAProxy with both instances in rotation. */
  cluster: number;
  /** req/s through the same HAProxy with one instance. */
  single: number;
  ratio: number;
  errors: { cluster: number; single: number };
  /** Answers by status code, for the errors. */
  statusCodes: { cluster: Record<string, number>; single: Record<string, number> };
  /** 1-minute load average before each of the two runs. */
  load: { cluster: number; single: number };
}

export interface ClusterFigures {
  rows: ClusterRow[];
  cores: number;
  durationSeconds: number;
  connections: number;
}

export async function measureClusterThroughput(
  options: { durationSeconds?: number; connections?: number; distDir?: string; log?: (line: string) => void } = {},
): Promise<ClusterFigures> {
  const durationSeconds = options.durationSeconds ?? 10;
  const connections = options.connections ?? 50;
  const log = options.log ?? (() => undefined);
  const stateDir = mkdtempSync(path.join(tmpdir(), 'backchannel-cluster-bench-'));
  try {
    const state = await startCluster({ stateDir, port: 0, distDir: options.distDir ?? '.next', log });
    const permalink = await firstPermalink(state.baseUrl);
    const rows: ClusterRow[] = [];
    for (const url of ['/', permalink]) {
      const target = `${state.baseUrl}${url}`;
      // Warm both instances' renders and the shared cache.
      for (let i = 0; i < 6; i++) await (await fetch(target)).arrayBuffer();
      const clusterLoad = loadavg()[0];
      log(`${url}: both instances, ${durationSeconds} s at ${connections} connections (load ${clusterLoad.toFixed(2)})`);
      const both = await measure(target, { connections, durationSeconds, timeoutSeconds: 30 });
      await haproxyCommand(stateDir, 'disable server app/b');
      const singleLoad = loadavg()[0];
      log(`${url}: instance a alone (load ${singleLoad.toFixed(2)})`);
      const one = await measure(target, { connections, durationSeconds, timeoutSeconds: 30 });
      await haproxyCommand(stateDir, 'enable server app/b');
      rows.push({
        url,
        cluster: both.requestsPerSecond,
        single: one.requestsPerSecond,
        ratio: both.requestsPerSecond / one.requestsPerSecond,
        errors: { cluster: both.errors + both.non2xx, single: one.errors + one.non2xx },
        statusCodes: { cluster: both.statusCodes, single: one.statusCodes },
        load: { cluster: clusterLoad, single: singleLoad },
      });
    }
    return { rows, cores: (await import('node:os')).availableParallelism(), durationSeconds, connections };
  } finally {
    stopCluster(stateDir);
    rmSync(stateDir, { recursive: true, force: true });
  }
}

async function firstPermalink(baseUrl: string) {
  const body = (await (await fetch(`${baseUrl}/api/v1/events?limit=1`)).json()) as { data: { slug: string }[] };
  return `/events/${body.data[0].slug}`;
}

export function formatClusterFigures(figures: ClusterFigures): string {
  const lines = [
    `Two instances behind HAProxy vs one (${figures.cores} cores, ${figures.connections} connections, ${figures.durationSeconds} s each):`,
    '',
    '| URL | cluster req/s | one instance req/s | ratio | errors (cluster / one) | load avg (cluster / one) |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...figures.rows.map(
      (r) =>
        `| \`${r.url}\` | ${r.cluster.toFixed(0)} | ${r.single.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.errors.cluster} / ${r.errors.single} | ${r.load.cluster.toFixed(2)} / ${r.load.single.toFixed(2)} |`,
    ),
    ...figures.rows
      .filter((r) => r.errors.cluster + r.errors.single > 0)
      .map((r) => `\n\`${r.url}\` answers: cluster ${JSON.stringify(r.statusCodes.cluster)}, one ${JSON.stringify(r.statusCodes.single)}`),
  ];
  return lines.join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  measureClusterThroughput({
    durationSeconds: Number(process.env.CLUSTER_BENCH_SECONDS || 10),
    connections: Number(process.env.CLUSTER_BENCH_CONNECTIONS || 50),
    distDir: process.env.NEXT_DIST_DIR || '.next',
    log: (line) => console.log(`bench:cluster: ${line}`),
  }).then(
    (figures) => console.log(formatClusterFigures(figures)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

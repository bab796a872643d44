/**
 * Backchannel on several instances, on one machine: a PostgreSQL primary and
 * a streaming replica, redis-server, N `next start` instances on one build,
 * and HAProxy in front (health checks on /api/health/ready, redispatch and
 * retries). Used by `npm run cluster`, the cluster tests and the cluster
 * benchmark. Every process is recorded in `<stateDir>/state.json`, so that
 * `npm run cluster:stop` (stopCluster) can stop what was started.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import path from 'node:path';
import { freePort } from '../free-port';
import { openDatabase } from '../../lib/db/open';
import { seedIfEmpty } from '../../lib/seed/first-start';
import type { PrismaClient } from '../../lib/generated/prisma/client';
import { makePgRoot, startPg, startPrimaryAndReplica, stopPg, type PgServer } from './postgres';

const NEXT_BIN = path.join('node_modules', 'next', 'dist', 'bin', 'next');

export interface ClusterOptions {
  /** Where state.json, the HAProxy config and the logs go. */
  stateDir: string;
  /** HAProxy's port on 127.0.0.1 (0: any free port). */
  port: number;
  /** The Next build the instances run (built first when it has no BUILD_ID). */
  distDir: string;
  instances?: number;
  /** Runs on the migrated, seeded primary (tests add their users). */
  afterSeed?: (prisma: PrismaClient) => Promise<void>;
  /** Extra environment for the app instances. */
  appEnv?: NodeJS.ProcessEnv;
  log?: (line: string) => void;
}

export interface InstanceState {
  name: string;
  port: number;
  url: string;
  pid: number;
  logFile: string;
}

export interface ClusterState {
  baseUrl: string;
  statsUrl: string;
  pgRoot: string;
  primary: PgServer;
  replica: PgServer;
  redis: { port: number; url: string; pid: number; logFile: string };
  instances: InstanceState[];
  haproxy: { pid: number; config: string; logFile: string };
  appEnv: Record<string, string>;
  distDir: string;
}

/** The Debian packages the cluster needs and lacks, as an install command; null when all are there. */
export function missingPackages(): string | null {
  const missing: string[] = [];
  if (!findBinary('redis-server')) missing.push('redis-server');
  if (!findBinary('haproxy')) missing.push('haproxy');
  return missing.length ? `apt-get install -y ${missing.join(' ')}` : null;
}

export function findBinary(name: string): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin', '/sbin']) {
    const candidate = path.join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return null;
}

const statePath = (stateDir: string) => path.join(stateDir, 'state.json');

export function readState(stateDir: string): ClusterState | null {
  try {
    return JSON.parse(readFileSync(statePath(stateDir), 'utf8')) as ClusterState;
  } catch {
    return null;
  }
}

function alive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts a detached child writing to `logFile`, in its own process group (so stopping it stops what it spawned). */
function launch(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv = process.env) {
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  child.unref();
  if (child.pid === undefined) throw new Error(`could not start ${command}`);
  return child.pid;
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number, pid?: number, logFile?: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (pid !== undefined && !alive(pid)) throw new Error(`${what} exited${logFile ? `:\n${tail(logFile)}` : ''}`);
    if (Date.now() > deadline) throw new Error(`${what} not ready within ${timeoutMs / 1000} s${logFile ? `:\n${tail(logFile)}` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function tail(file: string) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
  } catch {
    return '';
  }
}

const ready = (url: string) => async () => (await fetch(`${url}/api/health/ready`)).status === 200;

/** Builds `distDir` unless it already holds a build. */
export function ensureBuild(distDir: string, log: (line: string) => void) {
  if (existsSync(path.join(distDir, 'BUILD_ID'))) return;
  log(`building the app into ${distDir} (no build there yet)…`);
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: '1' };
  delete env.REDIS_URL; // a build never needs Redis (lib/cache-handler/redis.mjs)
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], { env, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('next build failed');
}

export function haproxyConfig(opts: { port: number; statsPort: number; socket: string; instances: { name: string; port: number }[] }) {
  return `# Written by scripts/cluster/local-cluster.ts
global
  maxconn 4096
  # Admin socket: the cluster benchmark takes an instance out of rotation with it.
  stats socket ${opts.socket} mode 600 level admin

defaults
  mode http
  timeout connect 2s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  option forwardfor
  # A request that can't reach its instance goes to another one.
  option redispatch 1
  retries 3

frontend web
  bind 127.0.0.1:${opts.port}
  default_backend app

backend app
  balance roundrobin
  # Connection failures are retried for every request (nothing reached the app);
  # a dropped or empty answer only for GET and HEAD, which are safe to send again.
  retry-on conn-failure empty-response response-timeout
  http-request disable-l7-retry unless METH_GET || METH_HEAD
  option httpchk GET /api/health/ready
  http-check expect status 200
  # A busy instance answers its check late but is alive: only three failed checks
  # (refused, 503, or no answer in 5 s) take it out. A dead one refuses at once,
  # and its requests are retried on the others meanwhile.
  timeout check 5s
  default-server inter 2s fastinter 1s downinter 1s fall 3 rise 2
${opts.instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port} check`).join('\n')}

listen stats
  bind 127.0.0.1:${opts.statsPort}
  stats enable
  stats uri /
`;
}

/** Starts redis-server on the cluster's Redis port (no persistence: it is a cache). */
export function startRedis(state: ClusterState, stateDir: string) {
  state.redis.pid = launch(
    findBinary('redis-server')!,
    ['--port', String(state.redis.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', stateDir],
    state.redis.logFile,
  );
  writeFileSync(statePath(stateDir), JSON.stringify(state, null, 2) + '\n');
}

/** Starts one app instance on `port` and waits until it is ready. */
export async function startInstance(state: Pick<ClusterState, 'appEnv' | 'distDir'>, stateDir: string, name: string, port: number) {
  const url = `http://127.0.0.1:${port}`;
  const logFile = path.join(stateDir, `app-${name}.log`);
  const pid = launch(process.execPath, [NEXT_BIN, 'start', '-p', String(port), '-H', '127.0.0.1'], logFile, {
    ...process.env,
    ...state.appEnv,
    NEXT_DIST_DIR: state.distDir,
  });
  await waitFor(`app instance ${name} (${url})`, ready(url), 90_000, pid, logFile);
  return { name, port, url, pid, logFile } satisfies InstanceState;
}

export const haproxySocket = (stateDir: string) => path.join(stateDir, 'haproxy.sock');

/** Sends one command to HAProxy's admin socket (e.g. "disable server app/b") and returns its answer. */
export function haproxyCommand(stateDir: string, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = createConnection(haproxySocket(stateDir), () => socket.end(`${command}\n`));
    socket.on('data', (chunk) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** Which HAProxy servers are UP, from its stats page. */
export async function haproxyUp(statsUrl: string): Promise<string[]> {
  const csv = await (await fetch(`${statsUrl}/;csv`)).text();
  return csv
    .split('\n')
    .map((line) => line.split(','))
    .filter((f) => f[0] === 'app' && f[1] !== 'BACKEND' && f[1] !== 'FRONTEND' && f[17]?.startsWith('UP'))
    .map((f) => f[1]);
}

export async function startCluster(given: ClusterOptions): Promise<ClusterState> {
  // Absolute: HAProxy reads a relative socket path as host:port.
  const options = { ...given, stateDir: path.resolve(given.stateDir) };
  const log = options.log ?? (() => undefined);
  const missing = missingPackages();
  if (missing) throw new Error(`The cluster needs redis-server and haproxy from Debian: ${missing}`);
  const existing = readState(options.stateDir);
  if (existing && [existing.haproxy.pid, existing.redis.pid, ...existing.instances.map((i) => i.pid)].some(alive))
    throw new Error(
      `A cluster started from ${options.stateDir} is still running (${existing.baseUrl}); stop it first (npm run cluster:stop).`,
    );
  mkdirSync(options.stateDir, { recursive: true });
  ensureBuild(options.distDir, log);

  const pgRoot = makePgRoot();
  const names = Array.from({ length: options.instances ?? 2 }, (_, i) => String.fromCharCode(97 + i));
  const [primaryPort, replicaPort, redisPort, statsPort, ...appPorts] = await Promise.all([0, 1, 2, 3, ...names].map(() => freePort()));
  const port = options.port || (await freePort());
  // Written as soon as anything runs, so that cluster:stop can clean up after a failed start.
  const state: ClusterState = {
    baseUrl: `http://127.0.0.1:${port}`,
    statsUrl: `http://127.0.0.1:${statsPort}`,
    pgRoot,
    primary: { dataDir: path.join(pgRoot, 'primary'), port: primaryPort, url: '' },
    replica: { dataDir: path.join(pgRoot, 'replica'), port: replicaPort, url: '' },
    redis: { port: redisPort, url: `redis://127.0.0.1:${redisPort}`, pid: 0, logFile: path.join(options.stateDir, 'redis.log') },
    instances: [],
    haproxy: { pid: 0, config: path.join(options.stateDir, 'haproxy.cfg'), logFile: path.join(options.stateDir, 'haproxy.log') },
    appEnv: {},
    distDir: options.distDir,
  };
  const save = () => writeFileSync(statePath(options.stateDir), JSON.stringify(state, null, 2) + '\n');
  save();
  try {
    log(`PostgreSQL 15: primary on ${primaryPort}, streaming replica on ${replicaPort}…`);
    const pg = startPrimaryAndReplica(pgRoot, { primary: primaryPort, replica: replicaPort });
    state.primary = pg.primary;
    state.replica = pg.replica;
    save();
    const primaryUrl = pg.primary.url;
    const db = await openDatabase({ databaseUrl: primaryUrl, migrate: true, seed: seedIfEmpty });
    try {
      await options.afterSeed?.(db.prisma);
    } finally {
      await db.close();
    }
    log('primary migrated and seeded');

    startRedis(state, options.stateDir);
    save();

    state.appEnv = {
      DATABASE_URL: primaryUrl,
      DATABASE_REPLICA_URLS: pg.replica.url,
      REDIS_URL: state.redis.url,
      SITE_URL: state.baseUrl,
      TRUSTED_PROXY_HOPS: '1', // HAProxy appends the client's address (option forwardfor)
      NEXT_TELEMETRY_DISABLED: '1',
      ...(options.appEnv as Record<string, string>),
    };
    log(`app instances ${names.join(', ')} on ${appPorts.join(', ')}…`);
    // One at a time: two cold starts at once on a small machine take longer than in turn.
    for (const [i, name] of names.entries()) {
      state.instances.push(await startInstance(state, options.stateDir, name, appPorts[i]));
      save();
    }

    writeFileSync(
      state.haproxy.config,
      haproxyConfig({ port, statsPort, socket: haproxySocket(options.stateDir), instances: state.instances }),
    );
    state.haproxy.pid = launch(findBinary('haproxy')!, ['-f', state.haproxy.config], state.haproxy.logFile);
    save();
    await waitFor(
      'HAProxy with every instance up',
      async () => (await haproxyUp(state.statsUrl)).length === state.instances.length,
      30_000,
      state.haproxy.pid,
      state.haproxy.logFile,
    );
    return state;
  } catch (error) {
    stopCluster(options.stateDir);
    throw error;
  }
}

export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGTERM') {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}

/** Stops everything state.json lists and removes the databases; returns what it stopped. */
export function stopCluster(stateDir: string): string[] {
  const state = readState(stateDir);
  if (!state) return [];
  const stopped: string[] = [];
  if (state.haproxy.pid && alive(state.haproxy.pid)) stopped.push(`HAProxy (pid ${state.haproxy.pid})`);
  killGroup(state.haproxy.pid);
  for (const instance of state.instances) {
    if (alive(instance.pid)) stopped.push(`app ${instance.name} (pid ${instance.pid})`);
    killGroup(instance.pid);
  }
  if (state.redis.pid && alive(state.redis.pid)) stopped.push(`redis-server (pid ${state.redis.pid})`);
  killGroup(state.redis.pid);
  for (const [name, pg] of [
    ['replica', state.replica],
    ['primary', state.primary],
  ] as const) {
    if (!existsSync(path.join(pg.dataDir, 'postmaster.pid'))) continue;
    try {
      stopPg(pg, 'immediate');
      stopped.push(`PostgreSQL ${name} (port ${pg.port})`);
    } catch {
      // not running
    }
  }
  rmSync(state.pgRoot, { recursive: true, force: true });
  rmSync(haproxySocket(stateDir), { force: true });
  rmSync(statePath(stateDir), { force: true });
  return stopped;
}

export { startPg, stopPg };

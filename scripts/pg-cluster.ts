/**
 * A throwaway PostgreSQL cluster from the installed server binaries, for
 * tests and benchmarks: initdb into a temporary folder, start on a free
 * port, and remove everything on stop. initdb refuses to run as root, so as
 * root the cluster is created and run by the `postgres` user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export interface Cluster {
  url: (database?: string) => string;
  port: number;
  stop(): void;
  /** Stops the server but keeps its data, to simulate an outage (fault tests). */
  pause(): void;
  /** Starts it again after pause(). */
  resume(): void;
}

export function findPgBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const bin = path.join(root, v, 'bin');
    if (existsSync(path.join(bin, 'initdb'))) return bin;
  }
  throw new Error(
    'PostgreSQL server binaries not found. Install them (sudo apt-get install -y postgresql) or set TEST_DATABASE_URL to a server you own.',
  );
}

export async function startCluster(options: { databases?: string[] } = {}): Promise<Cluster> {
  const bin = findPgBin();
  const root = mkdtempSync(path.join(tmpdir(), 'backchannel-pg-'));
  const data = path.join(root, 'data');
  const port = await freePort();
  const asRoot = userInfo().uid === 0;
  chmodSync(root, 0o777);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  const run = (cmd: string, args: string[]) => {
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [path.join(bin, cmd), ...args.map((a) => `'${a}'`)].join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(root, 'server.log'),
      '-w',
      '-o',
      `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      'start',
    ]);
  start();
  const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  for (const name of options.databases ?? []) run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', name]);
  let stopped = false;
  let paused = false;
  return {
    url,
    port,
    pause() {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      paused = true;
    },
    resume() {
      start();
      paused = false;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (!paused) run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A PostgreSQL 15 primary and one streaming replica (pg_basebackup -R) from
 * the installed server binaries, for `npm run cluster` and its tests. As
 * root, initdb and the servers run as the `postgres` user (initdb refuses
 * root), as in scripts/pg-cluster.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';
import { findPgBin } from '../pg-cluster';

export interface PgServer {
  dataDir: string;
  port: number;
  /** The app's database on it. */
  url: string;
}

function runner() {
  const bin = findPgBin();
  const asRoot = userInfo().uid === 0;
  return (cmd: string, args: string[]) => {
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', [path.join(bin, cmd), ...args.map((a) => `'${a}'`)].join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(path.join(bin, cmd), args, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout}`);
  };
}

/** A folder the servers' user may write (the postgres user, when we are root). */
export function makePgRoot(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'backchannel-cluster-pg-'));
  chmodSync(root, 0o700);
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
  }
  return root;
}

const server = (root: string, name: string, port: number): PgServer => ({
  dataDir: path.join(root, name),
  port,
  url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
});

export function startPg(root: string, pg: PgServer) {
  runner()('pg_ctl', [
    '-D',
    pg.dataDir,
    '-l',
    `${pg.dataDir}.log`,
    '-w',
    '-o',
    `-p ${pg.port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ]);
}

export function stopPg(pg: PgServer, mode: 'fast' | 'immediate' = 'fast') {
  runner()('pg_ctl', ['-D', pg.dataDir, '-m', mode, '-w', 'stop']);
}

/** initdb and start a primary, then copy it with pg_basebackup into a replica that streams from it. */
export function startPrimaryAndReplica(root: string, ports: { primary: number; replica: number }) {
  const run = runner();
  const primary = server(root, 'primary', ports.primary);
  const replica = server(root, 'replica', ports.replica);
  // initdb's default pg_hba.conf trusts local replication connections, and wal_level is replica by default.
  run('initdb', ['-D', primary.dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale']);
  startPg(root, primary);
  run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'postgres', '-D', replica.dataDir, '-R', '-X', 'stream']);
  startPg(root, replica);
  return { primary, replica };
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@/lib/db/open';
import { readMigrationsList } from '@/lib/db/schema-engine';
import { loadSeedDataset } from '../../lib/seed/load';
import { killAllChildren, spawnTsx } from '../support/child-process';
import { logMessages } from '../support/log-messages';

// The server's start-up step (what instrumentation.ts runs), each start in
// its own process, as `next start` and `next dev` run it.
const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-start-up-'));
const pgliteDir = path.join(dir, 'pglite');
// DATABASE_URL empty: the embedded database (the integration setup sets it for this process).
const env = { ...process.env, DATABASE_URL: '', PGLITE_DIR: pgliteDir, NODE_ENV: 'production' as const };
const start = () => spawnTsx('tests/support/start-database-child.ts', [], env);

afterAll(async () => {
  await killAllChildren();
  rmSync(dir, { recursive: true, force: true });
});

describe('the embedded database at server start-up', () => {
  it('is created, migrated and seeded before the server is ready; a second server exits with one line; a kill -9 leaves a lock the next start takes over at once', async () => {
    const first = start();
    const ready = await first.waitForOutput(/^READY$/m, 180_000);
    const startUpLog = logMessages(first.stdout().slice(0, ready.index));
    const migrations = readMigrationsList().migrationDirectories.length;
    expect(startUpLog).toMatch(new RegExp(`^database: ${pgliteDir} locked \\(\\d+ ms\\)$`, 'm'));
    expect(startUpLog).toMatch(/^database: created \([\d.]+ m?s\)$/m);
    expect(startUpLog).toMatch(new RegExp(`^database: migrated: ${migrations} applied .*\\([\\d.]+ m?s\\)$`, 'm'));
    expect(startUpLog).toMatch(new RegExp(`^database: seeded: ${loadSeedDataset().events.length} events \\([\\d.]+ m?s\\)$`, 'm'));
    expect(JSON.parse(readFileSync(`${pgliteDir}.lock`, 'utf8'))).toMatchObject({ pid: first.pid });

    // While the first one runs, a second start on the same folder stops at once.
    const second = start();
    expect(await second.exited).toBe(1);
    expect(second.stderr().trim()).toBe(
      `The embedded database in ${pgliteDir} is already in use by another Backchannel process (pid ${first.pid}); stop that process, or set DATABASE_URL to use a PostgreSQL server.`,
    );
    expect(second.stdout()).not.toMatch(/READY/);
    expect(first.process.exitCode).toBeNull();

    // kill -9: no chance to remove the lock. The next start takes it over
    // without waiting, and finds the database ready (no create, no seed).
    first.kill('SIGKILL');
    await first.exited;
    expect(existsSync(`${pgliteDir}.lock`)).toBe(true);
    const third = start();
    const thirdReady = await third.waitForOutput(/^READY$/m, 120_000);
    const restartLog = logMessages(third.stdout().slice(0, thirdReady.index));
    expect(restartLog).toMatch(
      new RegExp(`^database: ${pgliteDir} locked, taken over from pid ${first.pid}, which is no longer running`, 'm'),
    );
    expect(restartLog).toMatch(/^database: opened /m);
    expect(restartLog).toMatch(/^database: migrations up to date /m);
    expect(restartLog).not.toMatch(/created|seeded|migrated:/);

    // A normal stop (SIGTERM, as from Ctrl-C or a supervisor) removes the lock.
    third.kill('SIGTERM');
    expect(await third.exited).toBe(0);
    expect(existsSync(`${pgliteDir}.lock`)).toBe(false);

    // The data written at the first start is all there.
    const db = await openDatabase({ pgliteDir });
    expect(await db.prisma.event.count()).toBe(loadSeedDataset().events.length);
    await db.close();
  }, 400_000);
});

describe('PostgreSQL at server start-up', () => {
  it('logs that the server answers', async () => {
    const child = spawnTsx('tests/support/start-database-child.ts', [], { ...process.env, PGLITE_DIR: pgliteDir });
    await child.waitForOutput(/^READY$/m, 60_000);
    expect(logMessages(child.stdout())).toMatch(/^database: PostgreSQL at \S+ answers \(/m);
    child.kill('SIGTERM');
    await child.exited;
  });

  it('starts anyway, with a warning, when the server is unreachable (cached pages can still be served)', async () => {
    const child = spawnTsx('tests/support/start-database-child.ts', [], {
      ...process.env,
      DATABASE_URL: 'postgresql://nobody:secret@127.0.0.1:1/backchannel',
    });
    await child.waitForOutput(/^READY$/m, 60_000);
    expect(logMessages(child.stdout())).toMatch(
      /^database: PostgreSQL at 127\.0\.0\.1:1\/backchannel is not reachable \(.+\); starting anyway, requests will retry$/m,
    );
    expect(child.stdout() + child.stderr()).not.toContain('secret');
    child.kill('SIGTERM');
    await child.exited;
  });
});

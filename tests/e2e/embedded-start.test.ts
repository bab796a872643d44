import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedDataset } from '../../lib/seed/load';
import { killAllChildren, spawnChild, type Child } from '../support/child-process';
import { copyBuild } from '../support/next-server';
import { freePort } from '../../scripts/free-port';
import { logMessages } from '../support/log-messages';

// `next start` on the e2e build, without DATABASE_URL: the embedded database.
// The build gets its own copy: pages cached by these servers must not reach
// the other e2e servers.
const distDir = 'tmp/e2e-embedded-start';
const dataDir = mkdtempSync(path.join(tmpdir(), 'backchannel-e2e-embedded-'));
const pgliteDir = path.join(dataDir, 'pglite');

async function nextStart(): Promise<{ server: Child; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    DATABASE_URL: '',
    PGLITE_DIR: pgliteDir,
    NEXT_DIST_DIR: distDir,
    SITE_URL: origin,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  return { server: spawnChild('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], env), origin };
}

afterAll(async () => {
  await killAllChildren();
  rmSync(distDir, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

describe('next start on the embedded database', () => {
  it('seeds at start-up, refuses a second server on the same folder, and restarts at once after kill -9', async () => {
    copyBuild(distDir);

    // No request is made before the start-up log says the database is ready.
    const first = await nextStart();
    await first.server.waitForOutput(/"msg":"database: embedded PGlite ready in/, 240_000);
    expect(logMessages(first.server.stdout())).toMatch(new RegExp(`^database: seeded: ${loadSeedDataset().events.length} events`, 'm'));
    const response = await fetch(`${first.origin}/api/v1/events?limit=1`);
    expect(response.status).toBe(200);

    const second = await nextStart();
    expect(await second.server.exited).toBe(1);
    expect(second.server.stderr()).toMatch(
      new RegExp(
        `^The embedded database in ${pgliteDir} is already in use by another Backchannel process \\(pid \\d+\\); stop that process, or set DATABASE_URL to use a PostgreSQL server\\.$`,
        'm',
      ),
    );
    expect((await fetch(`${first.origin}/api/v1/events?limit=1`)).status).toBe(200);

    first.server.kill('SIGKILL');
    await first.server.exited;
    // Every answer of the restarted server is a success: none while it
    // waits for the dead server's lock.
    const third = await nextStart();
    const statuses: number[] = [];
    for (const deadline = Date.now() + 120_000; Date.now() < deadline;) {
      const status = await fetch(`${third.origin}/api/v1/events?limit=1`).then(
        (r) => r.status,
        () => 0,
      );
      if (status !== 0) statuses.push(status);
      if (status === 200 || status >= 500) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(statuses).toEqual([200]);
    expect(logMessages(third.server.stdout())).toMatch(/^database: .* locked, taken over from pid \d+, which is no longer running/m);
    expect(third.server.stdout()).not.toMatch(/seeded/);
    third.server.kill('SIGTERM');
    await third.server.exited;
  }, 600_000);
});

import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { freePort } from '../../scripts/free-port';

/**
 * One more `next start` on its own copy of the e2e build (.next-test) and its
 * own database, for a test that breaks that database. `output()` is what the
 * server printed so far.
 */
export async function startExtraServer(name: string, databaseUrl: string) {
  const distDir = `.next-test-${name}`;
  copyBuild(distDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_DIST_DIR: distDir,
    NEXT_TELEMETRY_DISABLED: '1',
    DATABASE_URL: databaseUrl,
    SITE_URL: baseUrl,
  };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}\n${output}`);
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s\n${output}`);
    const ok = await fetch(`${baseUrl}/api/v1/sectors`).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 300));
  }
  return {
    baseUrl,
    output: () => output,
    stop() {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      rmSync(distDir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the e2e build for one more server, without what the reader
 * server cached while earlier test files ran (rendered pages, fetched data):
 * each server starts as cold as a fresh deployment, whatever the file order.
 */
export function copyBuild(to: string) {
  rmSync(to, { recursive: true, force: true });
  cpSync('.next-test', to, {
    recursive: true,
    filter: (source) => !/[\\/](server[\\/]route-cache|cache[\\/]fetch-cache)([\\/]|$)/.test(source.slice('.next-test'.length)),
  });
}

/**
 * Builds the app into .next-test and starts `next start` against the e2e
 * database, for the browser and API tests. E2E_BASE_URL skips both and
 * tests a server that is already running.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './browser';
import { freePort } from '../../scripts/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    editBaseUrl: string;
  }
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`The app did not answer at ${url} within ${timeoutMs / 1000}s`);
}

export async function startServer(databaseUrl: string, env: NodeJS.ProcessEnv) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, DATABASE_URL: databaseUrl, SITE_URL: baseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  server.stdout?.on('data', (d) => (output += d));
  server.stderr?.on('data', (d) => (output += d));
  try {
    await waitFor(`${baseUrl}/api/v1/sectors`, server, 60_000);
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${output}`);
  }
  return {
    baseUrl,
    stop() {
      if (server.pid) {
        try {
          process.kill(-server.pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
    },
  };
}

/**
 * Two servers on one build: one on the pristine seeded database for the
 * readers' tests (whose expectations come from the seed files), one on its
 * own database for the tests that edit.
 */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail early, with the install command, when Chromium is missing
  if (process.env.E2E_BASE_URL) {
    project.provide('baseUrl', process.env.E2E_BASE_URL);
    project.provide('editBaseUrl', process.env.E2E_EDIT_BASE_URL ?? process.env.E2E_BASE_URL);
    process.env.BC_TEST_BASE_URL = process.env.E2E_BASE_URL;
    process.env.BC_TEST_EDIT_BASE_URL = process.env.E2E_EDIT_BASE_URL ?? process.env.E2E_BASE_URL;
    return;
  }
  const readerDb = process.env.BC_TEST_E2E_URL;
  const editorDb = process.env.BC_TEST_E2E_EDIT_URL;
  if (!readerDb || !editorDb) throw new Error('The e2e databases were not prepared by tests/support/global-setup.ts');
  // The test clients stand in for one reverse proxy that appends the client's
  // address (ADR 4), so tests can sign in "from" many addresses; the direct
  // case (no proxy) gets its own server in tests/e2e/proxy-gate.test.ts.
  const env = { ...process.env, NEXT_DIST_DIR: '.next-test', NEXT_TELEMETRY_DISABLED: '1', TRUSTED_PROXY_HOPS: '1' };
  delete (env as Record<string, string | undefined>).NODE_ENV;
  if (process.env.E2E_SKIP_BUILD !== '1') {
    const build = spawnSync('npx', ['next', 'build'], {
      env: { ...env, SITE_URL: 'http://127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`next build failed:\n${build.stdout}\n${build.stderr}`);
  }
  // Each server gets its own copy of the build: the data cache and ISR pages
  // live in the build folder, and the two databases differ.
  rmSync('.next-test-edit', { recursive: true, force: true });
  cpSync('.next-test', '.next-test-edit', { recursive: true });
  const [reader, editor] = await Promise.all([
    startServer(readerDb, env),
    startServer(editorDb, { ...env, NEXT_DIST_DIR: '.next-test-edit' }),
  ]);
  project.provide('baseUrl', reader.baseUrl);
  project.provide('editBaseUrl', editor.baseUrl);
  process.env.BC_TEST_BASE_URL = reader.baseUrl;
  process.env.BC_TEST_EDIT_BASE_URL = editor.baseUrl;
  return () => {
    reader.stop();
    editor.stop();
  };
}

/**
 * What a page costs the browser to start: the JS and CSS that Chromium
 * fetches for a URL until the load event and a quiet network, each body
 * gzipped here (level 6, as `next start` compresses) so the figure doesn't
 * depend on the server's compression. With a build folder, the files split
 * into the framework (Next's rootMainFiles: runtime and React, what every
 * route loads) and the rest (the route's own code and CSS).
 *
 *   npx tsx tests/support/first-load-bytes.ts http://127.0.0.1:3000/ [.next]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser';

export interface LoadedFile {
  path: string;
  type: 'script' | 'stylesheet';
  bytes: number;
  gzip: number;
  framework: boolean;
}

export interface FirstLoad {
  files: LoadedFile[];
  gzip: { framework: number; app: number; js: number; css: number; total: number };
}

/** Files every route loads, from a build's build-manifest.json, as URL paths (/_next/static/...). */
function frameworkFiles(distDir: string): Set<string> {
  const manifest = JSON.parse(readFileSync(`${distDir}/build-manifest.json`, 'utf8')) as { rootMainFiles: string[] };
  return new Set(manifest.rootMainFiles.map((f) => `/_next/${f}`));
}

export async function firstLoadBytes(
  browser: Browser,
  url: string,
  options: { distDir?: string; viewport?: { width: number; height: number }; quietMs?: number } = {},
): Promise<FirstLoad> {
  const framework = options.distDir ? frameworkFiles(options.distDir) : new Set<string>();
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const page = await context.newPage();
  const pending: Promise<LoadedFile | null>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    pending.push(
      response.body().then(
        (body) => {
          const path = new URL(response.url()).pathname;
          return { path, type, bytes: body.length, gzip: gzipSync(body).length, framework: framework.has(path) };
        },
        () => null,
      ),
    );
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(options.quietMs ?? 500);
    const files = (await Promise.all(pending)).filter((f): f is LoadedFile => f !== null);
    const sum = (pick: (f: LoadedFile) => boolean) => files.filter(pick).reduce((n, f) => n + f.gzip, 0);
    return {
      files,
      gzip: {
        framework: sum((f) => f.framework),
        app: sum((f) => !f.framework),
        js: sum((f) => f.type === 'script'),
        css: sum((f) => f.type === 'stylesheet'),
        total: sum(() => true),
      },
    };
  } finally {
    await context.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [url, distDir] = process.argv.slice(2);
  if (!url) throw new Error('usage: tsx tests/support/first-load-bytes.ts <url> [distDir]');
  const browser = await launchBrowser();
  try {
    const result = await firstLoadBytes(browser, url, { distDir });
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    for (const f of result.files)
      console.log(`${f.framework ? 'framework' : 'app      '} ${f.type.padEnd(10)} ${kb(f.gzip).padStart(9)}  ${f.path}`);
    console.log(
      Object.entries(result.gzip)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', '),
    );
  } finally {
    await browser.close();
  }
}

/**
 * A tiny static server for the peers' pages: each page loads its library
 * from the package's own dist files in node_modules, then fetches the events
 * as JSON and draws them with the library's default view. No compression
 * (loopback), no caching headers (every run uses a fresh browser context).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PeerData } from './peer-data';
import { freePort } from '../free-port';

const require = createRequire(import.meta.url);

/** Folders of the packages' built files, served under /tl/ and /vis/. */
const TIMELINEJS_DIST = path.dirname(path.dirname(require.resolve('@knight-lab/timelinejs/dist/js/timeline.js')));
const VIS_ROOT = path.dirname(require.resolve('vis-timeline/package.json'));

export const versions = {
  timelinejs: (require('@knight-lab/timelinejs/package.json') as { version: string }).version,
  visTimeline: (require('vis-timeline/package.json') as { version: string }).version,
  visData: (require('vis-data/package.json') as { version: string }).version,
};

// The standalone build bundles its dependencies (vis-data among them), as in
// vis-timeline's own quick start; the pinned vis-data devDependency is the
// version that build is checked against (printed with the results).
const pages = {
  'timelinejs.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS3</title>
<link rel="stylesheet" href="/tl/css/timeline.css">
<script src="/tl/js/timeline.js"></script>
<style>html,body{margin:0;height:100%}#timeline{width:100%;height:100%}</style>
</head><body><div id="timeline"></div>
<script>
  const size = new URLSearchParams(location.search).get('size');
  // TimelineJS fetches its data itself when given a URL, as in its embed.
  window.__timeline = new TL.Timeline('timeline', '/data/timelinejs-' + size + '.json');
  window.__timeline.on('ready', () => {
    const drawn = () => document.querySelector('.tl-timenav .tl-timemarker');
    if (drawn()) window.__bench.markRendered();
    else new MutationObserver((_, o) => { if (drawn()) { o.disconnect(); window.__bench.markRendered(); } })
      .observe(document.getElementById('timeline'), { childList: true, subtree: true });
  });
</script></body></html>
`,
  'vis-timeline.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>vis-timeline</title>
<link rel="stylesheet" href="/vis/styles/vis-timeline-graph2d.min.css">
<script src="/vis/standalone/umd/vis-timeline-graph2d.min.js"></script>
<style>body{margin:0}</style>
</head><body><div id="timeline"></div>
<script>
  const size = new URLSearchParams(location.search).get('size');
  fetch('/data/vis-' + size + '.json').then((r) => r.json()).then((data) => {
    const items = new vis.DataSet(data.items);
    const groups = new vis.DataSet(data.groups);
    const timeline = new vis.Timeline(document.getElementById('timeline'), items, groups, {});
    window.__timeline = timeline;
    // 'changed' fires after each redraw; the first one with items drawn is "rendered".
    timeline.on('changed', () => {
      if (document.querySelector('.vis-item')) window.__bench.markRendered();
      if (window.__bench.zoomSignal) window.__bench.zoomSignal();
    });
  });
</script></body></html>
`,
} as const;

export interface PeerServer {
  origin: string;
  /** The events of `size` for both peers, served as /data/<peer>-<size>.json. */
  setData(size: number, data: PeerData): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A file inside `root`, or undefined for anything that would escape it. */
function inside(root: string, relative: string): string | undefined {
  const full = path.resolve(root, '.' + path.posix.normalize('/' + relative));
  if (!full.startsWith(root + path.sep)) return undefined;
  return existsSync(full) && statSync(full).isFile() ? full : undefined;
}

export async function startPeerServer(): Promise<PeerServer> {
  const data = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const p = decodeURIComponent(url.pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const page = pages[p.slice(1) as keyof typeof pages];
    if (page) return send(200, TYPES['.html'], page);
    const json = data.get(p);
    if (json !== undefined) return send(200, TYPES['.json'], json);
    const file = p.startsWith('/tl/')
      ? inside(TIMELINEJS_DIST, p.slice(4))
      : p.startsWith('/vis/')
        ? inside(VIS_ROOT, p.slice(5))
        : undefined;
    if (!file) return send(404, 'text/plain', 'not found');
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    setData(size, d) {
      data.set(`/data/timelinejs-${size}.json`, d.timelinejs);
      data.set(`/data/vis-${size}.json`, d.vis);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

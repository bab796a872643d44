import path from 'node:path';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Bundled, PGlite resolves its files through URLs that break at request time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  // Tests build into their own folder so they never clobber a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // The proxy sees the request as sent, router headers included: Next otherwise
  // hides Next-Router-State-Tree from it and then throws (500) on a forged one
  // while rendering (lib/proxy/router-state.ts refuses it with 400 instead).
  skipProxyUrlNormalize: true,
  // Bulk import sends files of up to 2 MB (twice: preview, then import).
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
  typedRoutes: false,
  // Several instances share Next's cache in Redis (ADR 7). Read when the server
  // starts, so one build serves both setups; without REDIS_URL, Next's own cache.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(process.cwd(), 'lib/cache-handler/redis.mjs') } : {}),
};

export default nextConfig;

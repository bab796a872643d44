import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Bundled, PGlite resolves its files through URLs that break at request time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'proper-lockfile'],
  // Tests build into their own folder so they never clobber a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;

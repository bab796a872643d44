import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Bundled, PGlite resolves its files through URLs that break at request time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter', 'proper-lockfile'],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;

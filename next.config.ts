import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Bundled, PGlite resolves its files through URLs that break at request time.
  serverExternalPackages: ['@electric-sql/pglite', 'pglite-prisma-adapter'],
  // Tests build into their own folder so they never clobber a developer's build.
  distDir: process.env.NEXT_DIST_DIR || '.next',
  poweredByHeader: false,
  // Bulk import sends files of up to 2 MB (twice: preview, then import).
  experimental: { serverActions: { bodySizeLimit: '5mb' } },
  typedRoutes: false,
};

export default nextConfig;

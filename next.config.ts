import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Bundled, PGlite resolves its files through URLs that break at request
  // time; the wasm schema engine loads its .wasm file from node_modules.
  serverExternalPackages: [
    '@electric-sql/pglite',
    'pglite-prisma-adapter',
    '@prisma/schema-engine-wasm',
    'proper-lockfile',
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;

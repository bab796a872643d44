import path from 'node:path';

/**
 * The admin socket sits beside the embedded database folder (`.data/pglite.sock`),
 * so only who can read that folder can use it. A Unix socket path is limited to
 * about 100 bytes, so it is given relative to the working directory when shorter.
 */
export function adminSocketPath(pgliteDir: string): string {
  const absolute = `${path.resolve(pgliteDir)}.sock`;
  const relative = path.relative(process.cwd(), absolute);
  return relative.length < absolute.length ? relative : absolute;
}

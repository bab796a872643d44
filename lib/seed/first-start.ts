/**
 * What a new database gets before first use, handed to openDatabase by its
 * callers so that lib/db depends neither on the seed nor on lib/auth.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { loadSeedDataset } from './load';
import { loadSeedSanctions } from './sanctions';
import { writeDataset } from './write';

/** Seeds the reviewed dataset unless the database already has events. */
export async function seedIfEmpty(prisma: PrismaClient): Promise<string> {
  if ((await prisma.event.count()) > 0) return 'seed skipped: data present';
  const dataset = loadSeedDataset();
  await writeDataset(prisma, dataset, { sanctions: loadSeedSanctions() });
  return `seeded: ${dataset.events.length} events`;
}

const DEMO_EDITOR = { email: 'editor@backchannel.local', password: 'local-demo-editor', name: 'Demo editor (local only)' };

/** The local-only demo editor (credentials in the README); never in production. */
async function createDemoEditor(prisma: PrismaClient) {
  if (process.env.NODE_ENV === 'production') return;
  const { hashPassword } = await import('../auth/password');
  const { createUser } = await import('../write/users');
  const passwordHash = await hashPassword(DEMO_EDITOR.password);
  await prisma.$transaction((tx) =>
    createUser(tx, null, { email: DEMO_EDITOR.email, name: DEMO_EDITOR.name, role: 'admin', passwordHash }),
  );
}

/** The app's first start on a new embedded database: the seed, and in development the demo editor. */
export async function firstStart(prisma: PrismaClient): Promise<string> {
  const seeded = await seedIfEmpty(prisma);
  if (process.env.NODE_ENV !== 'development') return seeded;
  await createDemoEditor(prisma);
  return `${seeded}, demo editor`;
}

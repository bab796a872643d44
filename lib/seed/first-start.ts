/**
 * What a new database gets before first use, handed to openDatabase by its
 * callers so that lib/db depends neither on the seed nor on lib/auth.
 */
import type { PrismaClient } from '../generated/prisma/client';
import { loadSeedDataset } from './load';
import { writeDataset } from './write';

/** Seeds the reviewed dataset unless the database already has events. */
export async function seedIfEmpty(prisma: PrismaClient) {
  if ((await prisma.event.count()) > 0) return;
  await writeDataset(prisma, loadSeedDataset());
}

export const DEMO_EDITOR = { email: 'editor@backchannel.local', password: 'local-demo-editor', name: 'Demo editor (local only)' };

/** The local-only demo editor (credentials in the README); never in production. */
export async function createDemoEditor(prisma: PrismaClient) {
  if (process.env.NODE_ENV === 'production') return;
  const { hashPassword } = await import('../auth/password');
  const { createUser } = await import('../write/users');
  const passwordHash = await hashPassword(DEMO_EDITOR.password);
  await prisma.$transaction((tx) => createUser(tx, null, { email: DEMO_EDITOR.email, name: DEMO_EDITOR.name, role: 'admin', passwordHash }));
}

/**
 * Writes a dataset in the seed-file shape to the database in one
 * transaction, through lib/write (so every seeded record has its revision
 * and audit entry by the seed author), idempotently. Used by `db:seed`, by
 * the embedded database's first start, and by tests through the factories.
 */
import type { PrismaClient } from '../generated/prisma/client';
import type { SeedDataset } from '../schemas/seed';
import { writeSeedDataset, type SeedWriteOptions } from '../write/seed';

export type WriteOptions = SeedWriteOptions;

export async function writeDataset(prisma: PrismaClient, d: SeedDataset, options: WriteOptions = {}) {
  return prisma.$transaction((tx) => writeSeedDataset(tx, d, options), { timeout: 120_000, maxWait: 30_000 });
}

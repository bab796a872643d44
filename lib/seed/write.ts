/**
 * Writes a dataset in the seed-file shape to the database in one
 * transaction, through lib/write (so every seeded record has its revision
 * and audit entry by the seed author), idempotently. Used by `db:seed`, by
 * the embedded database's first start, and by tests through the factories.
 */
import type { PrismaClient } from '../generated/prisma/client';
import type { SeedDataset } from '../schemas/seed';
import type { SeedSanctions } from '../schemas/seed-sanctions';
import { writeSeedDataset, type SeedWriteOptions } from '../write/seed';
import { writeSeedSanctions } from '../write/seed-sanctions';

export type WriteOptions = SeedWriteOptions & { sanctions?: SeedSanctions };

export async function writeDataset(prisma: PrismaClient, d: SeedDataset, options: WriteOptions = {}) {
  return prisma.$transaction(
    async (tx) => {
      const written = await writeSeedDataset(tx, d, options);
      if (options.sanctions) await writeSeedSanctions(tx, options.sanctions);
      return written;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { writeAudit, type AuditInput } from './history';

/** One audit entry: who did what to which record, with before and after (in `tx` when given). */
export async function recordAudit(entry: AuditInput, tx?: Prisma.TransactionClient) {
  await writeAudit(tx ?? (await db()), entry);
}

/**
 * The one-time link that creates the first admin account (as Ghost and
 * Payload do): while no account exists, each server start stores a fresh
 * token's hash and prints the link in its log. Whoever can read the server's
 * log can claim the instance; nobody else can, and there is no default
 * password. The link closes for good once an account exists (lib/write/setup.ts).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma, PrismaClient } from '../generated/prisma/client';
import { SEED_AUTHOR } from '../write/users';

export const SETUP_TOKEN_HOURS = 24;

export const hashSetupToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Accounts people sign in with: the seed's author is a disabled placeholder and doesn't count. */
export const realAccounts = { email: { not: SEED_AUTHOR.email } } satisfies Prisma.UserWhereInput;

/** A fresh setup token when no account exists yet (its hash stored), else null. */
export async function openSetupIfNoAccount(prisma: PrismaClient): Promise<string | null> {
  if ((await prisma.user.count({ where: realAccounts })) > 0) return null;
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await prisma.$transaction([
    prisma.setupToken.deleteMany({ where: { expiresAt: { lt: new Date(now) } } }),
    prisma.setupToken.create({ data: { id: hashSetupToken(token), expiresAt: new Date(now + SETUP_TOKEN_HOURS * 3_600_000) } }),
  ]);
  return token;
}

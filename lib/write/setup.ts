// No 'server-only' marker: lib/write is shared with scripts.
import type { Prisma } from '../generated/prisma/client';
import { hashSetupToken, realAccounts } from '../auth/setup-token';
import { NotFoundError } from './errors';
import { createUser } from './users';

type Tx = Prisma.TransactionClient;

/** Any constant: two setups at once (two instances, two tabs) queue on it, so only the first creates an account. */
const SETUP_LOCK_KEY = 0x5e7_0b;

export const SETUP_CLOSED = 'Setup is closed: an account already exists. Sign in, or ask an admin for an account.';
export const SETUP_LINK_INVALID =
  'This setup link is not valid (mistyped, expired or already used). Restart the server for a fresh link in its log.';

/**
 * Creates the first admin with a setup token, once: inside one transaction it
 * takes a lock, checks that no account exists and that the token is live,
 * creates the account (audited like any other) and deletes every setup token.
 */
export async function createFirstAdmin(tx: Tx, token: string, input: { email: string; name: string; passwordHash: string }) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK_KEY})`;
  if ((await tx.user.count({ where: realAccounts })) > 0) throw new NotFoundError(SETUP_CLOSED);
  const live = await tx.setupToken.findFirst({ where: { id: hashSetupToken(token), expiresAt: { gt: new Date() } } });
  if (!live) throw new NotFoundError(SETUP_LINK_INVALID);
  const user = await createUser(tx, null, { ...input, role: 'admin' });
  await tx.setupToken.deleteMany({});
  return user;
}

import 'server-only';
import { db } from '../db';
import { hashSetupToken, realAccounts } from '../auth/setup-token';

/**
 * What /setup may show: 'closed' once any account exists (for good), 'invalid'
 * without a live token, 'open' with one. Reads the primary: it decides who
 * may create the first admin.
 */
export async function setupState(token: string | undefined): Promise<'closed' | 'invalid' | 'open'> {
  const prisma = await db();
  if ((await prisma.user.count({ where: realAccounts })) > 0) return 'closed';
  if (!token || !/^[A-Za-z0-9_-]{20,100}$/.test(token)) return 'invalid';
  const live = await prisma.setupToken.findFirst({ where: { id: hashSetupToken(token), expiresAt: { gt: new Date() } } });
  return live ? 'open' : 'invalid';
}

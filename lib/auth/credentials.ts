import 'server-only';
import { db } from '../db';
import { dummyHash, verifyPassword } from './password';

/**
 * The account an email and password sign in to, or null. An unknown email,
 * a wrong password and a disabled account answer alike, and an unknown
 * email still costs one hash check, so timing does not tell them apart.
 */
export async function accountForCredentials(email: string, password: string) {
  const prisma = await db();
  const user = await prisma.user.findUnique({ where: { email } });
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok || user.disabledAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

// No 'server-only' marker: the seed scripts (plain tsx) write through this module too.
import type { Prisma } from '../generated/prisma/client';
import type { UserRole } from '../generated/prisma/enums';
import { NotFoundError, ValidationError } from './errors';
import { writeAudit } from './history';

type Tx = Prisma.TransactionClient;

const publicUser = (u: { email: string; name: string; role: string; disabledAt: Date | null }) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: Boolean(u.disabledAt),
});

/** A new account with its audit entry; `adminId` is null when no one is signed in (the local demo editor). */
export async function createUser(
  tx: Tx,
  adminId: string | null,
  input: { email: string; name: string; role: UserRole; passwordHash: string },
) {
  if (await tx.user.findUnique({ where: { email: input.email } }))
    throw new ValidationError({ email: ['An account with this email already exists'] });
  const user = await tx.user.create({ data: input });
  await writeAudit(tx, { userId: adminId, action: 'create', entityType: 'user', entityId: user.id, after: publicUser(user) });
  return user;
}

export async function resetUserPassword(tx: Tx, adminId: string, id: string, passwordHash: string) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError('No such user');
  await tx.user.update({ where: { id }, data: { passwordHash } });
  // A reset ends every session: whoever knew the old password is out at once.
  await tx.session.deleteMany({ where: { userId: id } });
  await writeAudit(tx, {
    userId: adminId,
    action: 'reset-password',
    entityType: 'user',
    entityId: id,
    before: publicUser(user),
    after: publicUser(user),
  });
}

export async function setUserDisabled(tx: Tx, adminId: string, id: string, disabled: boolean) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError('No such user');
  const updated = await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
  if (disabled) await tx.session.deleteMany({ where: { userId: id } });
  await writeAudit(tx, {
    userId: adminId,
    action: disabled ? 'disable' : 'enable',
    entityType: 'user',
    entityId: id,
    before: publicUser(user),
    after: publicUser(updated),
  });
}

/**
 * A new role for an account. It ends that user's sessions, so the new role
 * applies from their next sign-in and never to a page they already hold, and
 * it refuses to leave the instance without an active admin.
 */
export async function setUserRole(tx: Tx, adminId: string, id: string, role: UserRole) {
  const user = await tx.user.findUnique({ where: { id } });
  if (!user) throw new NotFoundError('No such user');
  if (user.role === role) return;
  if (user.role === 'admin' && !user.disabledAt) {
    const otherAdmins = await tx.user.count({ where: { role: 'admin', disabledAt: null, id: { not: id } } });
    if (otherAdmins === 0) throw new ValidationError({ role: ['This is the last active admin; make another account admin first.'] });
  }
  const updated = await tx.user.update({ where: { id }, data: { role } });
  await tx.session.deleteMany({ where: { userId: id } });
  await writeAudit(tx, {
    userId: adminId,
    action: 'change-role',
    entityType: 'user',
    entityId: id,
    before: publicUser(user),
    after: publicUser(updated),
  });
}

/**
 * The author of seeded records: revisions need a user, and "the seed wrote
 * this" must be told apart from any editor. The account is disabled and
 * its hash matches no password, so no one can sign in as it.
 */
export const SEED_AUTHOR = { email: 'seed@backchannel.invalid', name: 'Seed dataset' } as const;

export async function seedAuthor(tx: Tx): Promise<string> {
  const existing = await tx.user.findUnique({ where: { email: SEED_AUTHOR.email }, select: { id: true } });
  if (existing) return existing.id;
  const user = await tx.user.create({
    data: { ...SEED_AUTHOR, role: 'editor', passwordHash: '!no-password', disabledAt: new Date() },
    select: { id: true },
  });
  await writeAudit(tx, {
    userId: null,
    action: 'create',
    entityType: 'user',
    entityId: user.id,
    after: { ...SEED_AUTHOR, role: 'editor', disabled: true },
  });
  return user.id;
}

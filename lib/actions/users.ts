'use server';

import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { hashPassword } from '../auth/password';
import { createUserSchema, resetPasswordSchema, setDisabledSchema } from '../schemas/auth';
import { runForm } from '../write/run-form';
import { runButton } from '../write/run-button';
import { recordAudit } from '../write/record';
import { NotFoundError, ValidationError } from '../write/errors';

const publicUser = (u: { email: string; name: string; role: string; disabledAt: Date | null }) => ({ email: u.email, name: u.name, role: u.role, disabled: Boolean(u.disabledAt) });

export async function createUser(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(
    formData,
    createUserSchema,
    async (admin, input) => {
      const prisma = await db();
      const passwordHash = await hashPassword(input.password);
      await prisma.$transaction(async (tx) => {
        if (await tx.user.findUnique({ where: { email: input.email } })) throw new ValidationError({ email: ['An account with this email already exists'] });
        const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash } });
        await recordAudit({ userId: admin.id, action: 'create', entityType: 'user', entityId: user.id, after: publicUser(user) }, tx);
      });
      return '/admin/users?created=1';
    },
    'admin',
  );
}

export async function resetUserPassword(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(
    formData,
    resetPasswordSchema,
    async (admin, { id, password }) => {
      const prisma = await db();
      const passwordHash = await hashPassword(password);
      await prisma.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id } });
        if (!user) throw new NotFoundError('No such user');
        await tx.user.update({ where: { id }, data: { passwordHash } });
        // A reset ends every session: whoever knew the old password is out at once.
        await tx.session.deleteMany({ where: { userId: id } });
        await recordAudit({ userId: admin.id, action: 'reset-password', entityType: 'user', entityId: id, before: publicUser(user), after: publicUser(user) }, tx);
      });
      return '/admin/users?reset=1';
    },
    'admin',
  );
}

export async function setUserDisabled(formData: FormData) {
  await runButton(
    formData,
    setDisabledSchema,
    '/admin/users',
    async (admin, { id, disabled }) => {
      if (id === admin.id) throw new NotFoundError('You cannot disable your own account.');
      const prisma = await db();
      await prisma.$transaction(async (tx) => {
        const user = await tx.user.findUnique({ where: { id } });
        if (!user) throw new NotFoundError('No such user');
        const updated = await tx.user.update({ where: { id }, data: { disabledAt: disabled === '1' ? new Date() : null } });
        if (disabled === '1') await tx.session.deleteMany({ where: { userId: id } });
        await recordAudit({ userId: admin.id, action: disabled === '1' ? 'disable' : 'enable', entityType: 'user', entityId: id, before: publicUser(user), after: publicUser(updated) }, tx);
      });
      return '/admin/users';
    },
    'admin',
  );
}

'use server';

import { db } from '../db';
import type { ActionState } from '../forms/action-state';
import { hashPassword } from '../auth/password';
import { createUserSchema, resetPasswordSchema, setDisabledSchema, setRoleSchema } from '../schemas/auth';
import { runForm } from './support/run-form';
import { runButton } from './support/run-button';
import { NotFoundError } from '../write/errors';
import * as users from '../write/users';

export async function createUser(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return runForm(
    formData,
    createUserSchema,
    async (admin, input) => {
      const prisma = await db();
      const passwordHash = await hashPassword(input.password);
      await prisma.$transaction((tx) =>
        users.createUser(tx, admin.id, { email: input.email, name: input.name, role: input.role, passwordHash }),
      );
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
      await prisma.$transaction((tx) => users.resetUserPassword(tx, admin.id, id, passwordHash));
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
      await prisma.$transaction((tx) => users.setUserDisabled(tx, admin.id, id, disabled === '1'));
      return '/admin/users';
    },
    'admin',
  );
}

export async function setUserRole(formData: FormData) {
  await runButton(
    formData,
    setRoleSchema,
    '/admin/users',
    async (admin, { id, role }) => {
      if (id === admin.id) throw new NotFoundError('Ask another admin to change your own role.');
      const prisma = await db();
      await prisma.$transaction((tx) => users.setUserRole(tx, admin.id, id, role));
      return '/admin/users?role=1';
    },
    'admin',
  );
}

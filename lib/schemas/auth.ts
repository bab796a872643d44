import { z } from 'zod';
// Installs the app's error map (human messages) wherever these schemas parse.
import './error-map';
import { safeLocalPath } from '../safe-path';

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address').max(254));

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
  next: z.string().max(500).optional(),
});

/** New passwords: long enough to resist guessing; no composition rules (NIST SP 800-63B). */
const newPasswordSchema = z.string().min(12, 'Use at least 12 characters').max(200, 'Use at most 200 characters');

const roleSchema = z.enum(['editor', 'admin']);

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  password: newPasswordSchema,
  role: roleSchema,
});

/** The first admin, created with the one-time setup link (lib/write/setup.ts). */
export const setupSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, 'This setup link is incomplete; open the whole link from the server log'),
  email: emailSchema,
  name: z.string().trim().min(1, 'Enter a name').max(120),
  password: newPasswordSchema,
});

/** Only same-site paths may be a post-sign-in destination (see safeLocalPath); otherwise /admin. */
export const safeNextPath = (next: unknown): string => safeLocalPath(next, '/admin');

export const resetPasswordSchema = z.object({ id: z.string().min(1).max(64), password: newPasswordSchema });
export const setRoleSchema = z.object({ id: z.string().min(1).max(64), role: roleSchema });
export const setDisabledSchema = z.object({ id: z.string().min(1).max(64), disabled: z.enum(['1', '0']) });

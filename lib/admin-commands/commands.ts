/**
 * What the admin scripts do (npm run user:create, npm run db:seed), written
 * once: a script runs it on the database it opened itself, or, when a running
 * server holds the embedded database, the server runs it for the script
 * through its admin socket (./socket-server.ts). Either way it is the same
 * write path, with the same validation and audit.
 */
import { z } from 'zod';
import type { PrismaClient } from '../generated/prisma/client';
import { createUserSchema } from '../schemas/auth';
import { hashPassword } from '../auth/password';
import { createUser } from '../write/users';
import { ValidationError } from '../write/errors';
import { checkSeedReferences, loadSeedDataset } from '../seed/load';
import { writeDataset } from '../seed/write';
import { checkSanctionReferences, loadSeedSanctions } from '../seed/sanctions';

export const adminCommandSchema = z.discriminatedUnion('command', [
  z.object({
    command: z.literal('user:create'),
    email: z.unknown().optional(),
    name: z.unknown().optional(),
    password: z.unknown().optional(),
    role: z.unknown().optional(),
  }),
  z.object({ command: z.literal('seed') }),
]);

export type AdminCommand = z.infer<typeof adminCommandSchema>;
export type AdminReply = { ok: true; message: string } | { ok: false; error: string };

export async function runAdminCommand(prisma: PrismaClient, request: AdminCommand): Promise<AdminReply> {
  if (request.command === 'seed') {
    const dataset = loadSeedDataset();
    const sanctions = loadSeedSanctions();
    const problems = [...checkSeedReferences(dataset), ...checkSanctionReferences(dataset, sanctions)];
    if (problems.length) return { ok: false, error: `Seed files have broken references:\n${problems.join('\n')}` };
    await writeDataset(prisma, dataset, { sanctions });
    return {
      ok: true,
      message: `seeded ${dataset.events.length} events, ${dataset.actors.length} actors, ${dataset.sources.length} sources`,
    };
  }
  const { command: _command, ...fields } = request;
  void _command;
  const parsed = createUserSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, error: parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n') };
  const { email, name, password, role } = parsed.data;
  const passwordHash = await hashPassword(password);
  try {
    await prisma.$transaction((tx) => createUser(tx, null, { email, name, role, passwordHash }));
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, error: Object.values(error.fieldErrors).flat().join(' ') };
    throw error;
  }
  return { ok: true, message: `created ${role} ${email}` };
}

/**
 * npm run user:create -- --email ada@example.org --password '…' --role admin [--name "Ada"]
 * Creates an editor or admin account (the only way to get the first admin
 * in production: there are no default passwords).
 */
import { parseArgs } from 'node:util';
import { env } from '../lib/env';
import { openDatabase } from '../lib/db/open';
import { seedIfEmpty } from '../lib/seed/first-start';
import { hashPassword } from '../lib/auth/password';
import { createUserSchema } from '../lib/schemas/auth';

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
    },
  });
  const parsed = createUserSchema.safeParse({ ...values, name: values.name ?? values.email?.split('@')[0] });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  }
  const { DATABASE_URL, PGLITE_DIR } = env();
  const db = await openDatabase({ databaseUrl: DATABASE_URL, pgliteDir: PGLITE_DIR, migrate: true, firstStart: seedIfEmpty });
  try {
    const { email, name, password, role } = parsed.data;
    if (await db.prisma.user.findUnique({ where: { email } })) throw new Error(`An account for ${email} already exists.`);
    const user = await db.prisma.user.create({ data: { email, name, role, passwordHash: await hashPassword(password) } });
    await db.prisma.auditEntry.create({
      data: { action: 'create', entityType: 'user', entityId: user.id, after: { email, name, role, via: 'command line' } },
    });
    console.log(`created ${role} ${email}`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

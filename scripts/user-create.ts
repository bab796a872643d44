/**
 * npm run user:create -- --email ada@example.org --password '…' --role admin [--name "Ada"]
 * Creates an editor or admin account. Works while the server runs: with the
 * embedded database, a running server holds it (one process only), so the
 * command goes through the server's admin socket; otherwise the script opens
 * the database itself (lib/admin-commands).
 */
import { parseArgs } from 'node:util';
import type { AdminCommand } from '../lib/admin-commands/commands';
import { runOnServerOrDirectly } from '../lib/admin-commands/run';

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string', default: 'editor' },
      name: { type: 'string' },
    },
  });
  const request: AdminCommand = { command: 'user:create', ...values, name: values.name ?? values.email?.split('@')[0] };
  const reply = await runOnServerOrDirectly(request);
  if (!reply.ok) throw new Error(reply.error);
  console.log(reply.message);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * npm run db:seed — writes the reviewed dataset in prisma/seed/ (idempotent).
 * Works while the server runs on the embedded database (through its admin socket).
 */
import { runOnServerOrDirectly } from '../lib/admin-commands/run';

async function main() {
  const reply = await runOnServerOrDirectly({ command: 'seed' });
  if (!reply.ok) throw new Error(reply.error);
  console.log(reply.message);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

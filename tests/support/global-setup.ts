/**
 * Starts a throwaway PostgreSQL cluster for the whole run (or uses
 * TEST_DATABASE_URL), creates one database for the in-process integration
 * tests and one for the browser tests, migrates and seeds them.
 */
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { startCluster, type Cluster } from '../../scripts/pg-cluster';
import { openDatabase } from '../../lib/db/open';
import { seedIfEmpty } from '../../lib/seed/first-start';
import { hashPassword } from '../../lib/auth/password';
import { testUsers } from './users';

declare module 'vitest' {
  export interface ProvidedContext {
    integrationDatabaseUrl: string;
    e2eDatabaseUrl: string;
    adminDatabaseUrl: string;
  }
}

let cluster: Cluster | undefined;

async function createTestUsers(prisma: import('../../lib/generated/prisma/client').PrismaClient) {
  for (const user of Object.values(testUsers)) {
    await prisma.user.create({
      data: {
        email: user.email,
        name: user.name,
        role: user.role,
        passwordHash: await hashPassword(user.password),
        disabledAt: user.disabled ? new Date() : null,
      },
    });
  }
}

function withDatabase(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject) {
  let admin: string;
  if (process.env.TEST_DATABASE_URL) {
    admin = process.env.TEST_DATABASE_URL;
  } else {
    cluster = await startCluster();
    admin = cluster.url('postgres');
  }
  const suffix = `${process.pid}`;
  const names = { integration: `bc_integration_${suffix}`, e2e: `bc_e2e_${suffix}`, e2eEdit: `bc_e2e_edit_${suffix}` };
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  for (const name of Object.values(names)) {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  }
  await client.end();

  const urls = {
    integration: withDatabase(admin, names.integration),
    e2e: withDatabase(admin, names.e2e),
    e2eEdit: withDatabase(admin, names.e2eEdit),
  };
  for (const url of Object.values(urls)) {
    const db = await openDatabase({ databaseUrl: url, migrate: true, seed: seedIfEmpty });
    await createTestUsers(db.prisma);
    await db.close();
  }
  // Workers start after this, so they inherit these; provide() is the typed route.
  process.env.BC_TEST_INTEGRATION_URL = urls.integration;
  process.env.BC_TEST_E2E_URL = urls.e2e;
  process.env.BC_TEST_E2E_EDIT_URL = urls.e2eEdit;
  project.provide('integrationDatabaseUrl', urls.integration);
  project.provide('e2eDatabaseUrl', urls.e2e);
  project.provide('adminDatabaseUrl', admin);

  return async () => {
    if (cluster) {
      cluster.stop();
      return;
    }
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    for (const name of Object.values(names)) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.end();
  };
}

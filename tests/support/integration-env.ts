import { inject } from 'vitest';

// The data layer reads DATABASE_URL through lib/env.ts on first use.
process.env.DATABASE_URL = process.env.BC_TEST_INTEGRATION_URL ?? inject('integrationDatabaseUrl');
process.env.SITE_URL = 'http://backchannel.test';

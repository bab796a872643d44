import { writeFileSync } from 'node:fs';
import { startCluster } from '../pg-cluster';
import { openDatabase } from '../../lib/db/open';
import { generateData } from './generate-data';
const cluster = await startCluster({ databases: ['dev10k'] });
const url = cluster.url('dev10k');
const db = await openDatabase({ databaseUrl: url, migrate: true });
await db.close();
const data = await generateData(url, 10_000);
writeFileSync('/tmp/cachedev/url', url);
console.log('READY', url, JSON.stringify(data));
const stop = () => {
  cluster.stop();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
setInterval(() => {}, 1 << 30);

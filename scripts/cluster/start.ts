/**
 * npm run cluster: a PostgreSQL primary and streaming replica, redis-server,
 * two production app instances and HAProxy on 127.0.0.1:3000, on this
 * machine (see README, "Running on several machines"). CLUSTER_PORT changes
 * the port, CLUSTER_STATE_DIR where the state and logs go.
 */
import { missingPackages, startCluster } from './local-cluster';

const stateDir = process.env.CLUSTER_STATE_DIR || '.data/cluster';

async function main() {
  const missing = missingPackages();
  if (missing) {
    console.error(`npm run cluster needs Debian's redis-server and haproxy packages. Install them with:\n  sudo ${missing}`);
    process.exit(1);
  }
  const state = await startCluster({
    stateDir,
    port: Number(process.env.CLUSTER_PORT || 3000),
    distDir: process.env.NEXT_DIST_DIR || '.next',
    log: (line) => console.log(`cluster: ${line}`),
  });
  console.log(`
Backchannel cluster running (state and logs in ${stateDir}/):
  HAProxy          ${state.baseUrl}   (health checks on /api/health/ready; stats at ${state.statsUrl})
${state.instances.map((i) => `  app ${i.name}            ${i.url}   pid ${i.pid}, log ${i.logFile}`).join('\n')}
  PostgreSQL       primary  ${state.primary.url}   (writes, admin, sessions)
                   replica  ${state.replica.url}   (public reads, streaming from the primary)
  Redis            ${state.redis.url}   (Next's shared cache), pid ${state.redis.pid}

Create an editor:  DATABASE_URL=${state.primary.url} npm run user:create -- --email you@example.org --password '<12+ characters>' --role admin
Stop everything:   npm run cluster:stop`);
}

main().catch((error) => {
  console.error(`cluster: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});

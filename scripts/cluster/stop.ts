/** npm run cluster:stop: stops what npm run cluster started (from its state.json) and removes its databases. */
import { stopCluster } from './local-cluster';

const stateDir = process.env.CLUSTER_STATE_DIR || '.data/cluster';
const stopped = stopCluster(stateDir);
console.log(stopped.length ? `cluster: stopped ${stopped.join(', ')}` : `cluster: nothing running from ${stateDir}`);

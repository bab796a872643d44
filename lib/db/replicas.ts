/**
 * Public reads on PostgreSQL read replicas (DATABASE_REPLICA_URLS), through
 * @prisma/extension-read-replicas, with one addition the extension lacks: a
 * replica that can't be reached is skipped, and its reads run on the primary
 * instead, so readers never see the failure. One warning is logged when a
 * replica goes away and one line when it answers again; while it is away,
 * a single read tries it every RETRY_MS. See docs/decisions/0007-several-instances.md.
 */
import { PrismaPg } from '@prisma/adapter-pg';
import { readReplicas } from '@prisma/extension-read-replicas';
import { PrismaClient } from '../generated/prisma/client';
import { databaseTuning } from '../env';
import { logger } from '../log/logger';
import { isDatabaseUnavailable } from './unavailable';
import { readsOnPrimary } from './primary-scope';

/** How long a failed replica is left alone before one read tries it again. */
const RETRY_MS = 5_000;
/** A replica that doesn't accept a connection within this is treated as down (the primary then answers). */
const CONNECT_TIMEOUT_MS = 2_000;

// Reads of lib/data that the extension leaves on the primary (it routes model
// reads only). Everything run through publicDb() is a read.
const RAW_READS = new Set(['$queryRaw', '$queryRawUnsafe']);

interface ReplicaState {
  name: string;
  /** 0 when healthy; otherwise when the next read may try the replica. */
  retryAt: number;
  probing: boolean;
}

type Client = PrismaClient;
type AnyOperation = (args: unknown) => Promise<unknown>;

/** Runs `operation` of `model` (or a client-level operation such as $queryRaw) on `client`. */
function run(client: Client, model: string | undefined, operation: string, args: unknown) {
  const target = (model ? (client as unknown as Record<string, Record<string, AnyOperation>>)[model] : client) as unknown as Record<
    string,
    AnyOperation
  >;
  // A query hook receives $queryRawUnsafe's arguments as one array ([sql, ...values]).
  if (operation.endsWith('Unsafe') && Array.isArray(args)) return (target[operation] as (...a: unknown[]) => Promise<unknown>)(...args);
  return target[operation](args);
}

function describeReplica(url: string) {
  try {
    const { hostname, port, pathname } = new URL(url);
    return `${hostname}${port ? `:${port}` : ''}${pathname}`;
  } catch {
    return 'a replica';
  }
}

function markDown(state: ReplicaState, error: unknown) {
  const wasUp = state.retryAt === 0;
  state.retryAt = Date.now() + RETRY_MS;
  if (wasUp) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    logger().warn(
      { replica: state.name, reason },
      `database replica ${state.name} is unreachable; public reads go to the primary and retry it every ${RETRY_MS / 1000} s`,
    );
  }
}

function markUp(state: ReplicaState) {
  if (state.retryAt === 0) return;
  state.retryAt = 0;
  logger().info({ replica: state.name }, `database replica ${state.name} answers again; public reads use it`);
}

/** One replica's client, wrapped so that an unreachable replica hands its read to the primary. */
function guardedReplica(primary: Client, url: string): Client {
  const state: ReplicaState = { name: describeReplica(url), retryAt: 0, probing: false };
  const factory = new PrismaPg(
    { connectionString: url, max: databaseTuning().DATABASE_POOL_SIZE, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
    // A dropped idle connection marks the replica down before a read fails on it;
    // never the outage tracker, which is about the primary.
    { onPoolError: (error) => markDown(state, error), onConnectionError: (error) => markDown(state, error) },
  );
  const replica = new PrismaClient({ adapter: factory });
  return replica.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        // A read whose result is cached for long (./primary-scope.ts) never sees replication lag.
        if (readsOnPrimary()) return run(primary, model, operation, args);
        const down = state.retryAt !== 0;
        // While down, one read at a time probes the replica once RETRY_MS has passed; the rest use the primary.
        if (down && (state.probing || Date.now() < state.retryAt)) return run(primary, model, operation, args);
        if (down) state.probing = true;
        try {
          const result = await query(args);
          markUp(state);
          return result;
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          markDown(state, error);
          return run(primary, model, operation, args);
        } finally {
          if (down) state.probing = false;
        }
      },
    },
  }) as unknown as Client;
}

/**
 * The public-read client: model reads and raw reads on a replica (picked at
 * random per read), everything else, and anything inside a transaction, on
 * the primary.
 */
export function withReadReplicas(primary: Client, urls: string[]): Client {
  const replicas = urls.map((url) => guardedReplica(primary, url));
  const routed = primary.$extends(readReplicas({ replicas }));
  return routed.$extends({
    query: {
      async $allOperations({ model, operation, args, query, ...rest }) {
        const inTransaction = Boolean((rest as { __internalParams?: { transaction?: unknown } }).__internalParams?.transaction);
        if (model || inTransaction || !RAW_READS.has(operation)) return query(args);
        const replica = replicas[Math.floor(Math.random() * replicas.length)];
        return run(replica, undefined, operation, args);
      },
    },
  }) as unknown as Client;
}

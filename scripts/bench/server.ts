/**
 * The Next.js production server and build, as child processes.
 *
 * Children are started in their own process group (detached) so that
 * stopping one also stops anything it spawned, without touching any other
 * process on the machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Cluster } from '../pg-cluster';

const NEXT_BIN = path.join('node_modules', '.bin', 'next');

/** Keeps the last `limit` lines a child printed, for error messages. */
class Tail {
  private lines: string[] = [];
  constructor(private readonly limit: number) {}
  push(chunk: Buffer) {
    this.lines.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((line) => line.trim() !== ''),
    );
    if (this.lines.length > this.limit) this.lines.splice(0, this.lines.length - this.limit);
  }
  toString() {
    return this.lines.join('\n');
  }
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Children still running, so that an exit handler can stop them synchronously. */
const running = new Set<ChildProcess>();

/**
 * Runs `cleanup` on every way out of a benchmark: a normal exit, a thrown
 * error, or SIGINT/SIGTERM/SIGHUP (then exit code 130). `cleanup` must be
 * synchronous, since an 'exit' handler can't wait.
 */
export function cleanUpOnExit(cleanup: () => void, stopping: string) {
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping ${stopping}.`);
      cleanup();
      process.exit(130);
    });
  }
}

/** Stops a throwaway cluster from an exit handler: a failure is reported, never thrown. */
export function stopClusterQuietly(cluster: Cluster) {
  try {
    cluster.stop();
  } catch (error) {
    console.error(`Could not stop the PostgreSQL cluster: ${(error as Error).message}`);
  }
}

/** Kills every child this module started (synchronous: safe in an 'exit' handler). */
export function killAllChildren() {
  for (const child of running) killGroup(child, 'SIGKILL');
  running.clear();
}

function startChild(args: string[], env: NodeJS.ProcessEnv, tailLines: number) {
  const child = spawn(NEXT_BIN, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = new Tail(tailLines);
  child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  running.add(child);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
    child.once('error', () => {
      running.delete(child);
      resolve(-1);
    });
  });
  return { child, tail, exited };
}

/** `next build`; throws with the end of its output when it fails. */
export async function nextBuild(env: NodeJS.ProcessEnv): Promise<void> {
  const { tail, exited } = startChild(['build'], env, 80);
  const code = await exited;
  if (code !== 0) throw new Error(`next build failed (exit code ${code}). Last lines of its output:\n${tail}`);
}

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

/** `next start` on `port`, resolved once it answers HTTP at `probePath`. */
export async function nextStart(
  port: number,
  env: NodeJS.ProcessEnv,
  probePath = '/api/v1/events?limit=1',
  timeoutMs = 60_000,
): Promise<Server> {
  const origin = `http://127.0.0.1:${port}`;
  const { child, tail, exited } = startChild(['start', '-p', String(port), '-H', '127.0.0.1'], env, 60);
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));

  const stop = async () => {
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exitCode !== undefined) throw new Error(`next start exited (code ${exitCode}) before answering. Its output:\n${tail}`);
    try {
      // Any HTTP answer means the server is up; whether the page works is
      // checked, with a readable message, by the warm-up.
      await fetch(origin + probePath, { signal: AbortSignal.timeout(10_000) }).then((r) => r.arrayBuffer());
      return { origin, stop };
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer on ${origin} within ${timeoutMs / 1000}s. Its output:\n${tail}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

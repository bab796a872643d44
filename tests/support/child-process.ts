/**
 * Child processes for tests that need real, separate processes (locks,
 * start-up, kill -9). Each child gets its own process group, so killing it
 * also kills anything it spawned, and nothing else.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Child {
  process: ChildProcess;
  pid: number;
  stdout(): string;
  stderr(): string;
  /** Resolves when stdout matches, rejects when the child exits first or the time runs out. */
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
  /** Exit code, or the signal's name. */
  exited: Promise<number | string>;
  kill(signal: NodeJS.Signals): void;
}

const children = new Set<Child>();

export function spawnChild(command: string, args: string[], env: NodeJS.ProcessEnv): Child {
  const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const listeners = new Set<() => void>();
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString('utf8');
    listeners.forEach((listener) => listener());
  });
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const exited = new Promise<number | string>((resolve) => child.once('close', (code, signal) => resolve(code ?? signal ?? -1)));
  const handle: Child = {
    process: child,
    pid: child.pid!,
    stdout: () => out,
    stderr: () => err,
    exited,
    kill(signal) {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // already gone
      }
    },
    waitForOutput(pattern, timeoutMs) {
      return new Promise((resolve, reject) => {
        const done = () => {
          listeners.delete(check);
          clearTimeout(timer);
        };
        const check = () => {
          const match = out.match(pattern);
          if (match) {
            done();
            resolve(match);
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`No ${pattern} in the child's output within ${timeoutMs / 1000} s.\nstdout:\n${out}\nstderr:\n${err}`));
        }, timeoutMs);
        listeners.add(check);
        void exited.then((code) => {
          if (!listeners.has(check)) return;
          done();
          reject(new Error(`The child exited (${code}) before printing ${pattern}.\nstdout:\n${out}\nstderr:\n${err}`));
        });
        check();
      });
    },
  };
  children.add(handle);
  void exited.then(() => children.delete(handle));
  return handle;
}

/** A TypeScript file run by Node through tsx, in the same process (no wrapper), so its pid is the child's. */
export function spawnTsx(file: string, args: string[], env: NodeJS.ProcessEnv): Child {
  return spawnChild(process.execPath, ['--import', 'tsx', file, ...args], env);
}

/** Kills every child still running (for afterAll/afterEach). */
export async function killAllChildren() {
  const running = [...children];
  running.forEach((child) => child.kill('SIGKILL'));
  await Promise.all(running.map((child) => child.exited));
}

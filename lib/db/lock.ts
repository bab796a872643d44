/**
 * A lock file that says which process owns the embedded database, so that a
 * second process is refused and a dead owner's lock is taken over at once.
 * See docs/decisions/0002-embedded-database.md for why this replaces
 * proper-lockfile's refreshed-mtime lock.
 *
 * The lock file holds its owner as JSON: pid, host, boot id and the pid's
 * start time. The owner is dead when, on this host, the pid no longer
 * exists or is a zombie, the machine has rebooted since, or the pid now
 * belongs to another process (a different start time). A lock from another
 * host can't be checked and counts as live.
 */
import { randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockOwner {
  pid: number;
  host: string;
  /** Linux boot id: a lock written before a reboot is dead whatever its pid. */
  bootId: string | null;
  /** Start time of the pid in clock ticks since boot (Linux), against pid reuse. */
  startTime: string | null;
  token: string;
  acquiredAt: string;
}

export interface HeldLock {
  path: string;
  owner: LockOwner;
  /** The dead owner whose lock this one replaced, if any. */
  tookOverFrom: LockOwner | null;
  release(): void;
}

export class LockHeldError extends Error {
  constructor(
    readonly lockPath: string,
    readonly owner: LockOwner | null,
  ) {
    super(`${lockPath} is held by ${owner ? describeOwner(owner) : 'another process'}`);
  }
}

export function describeOwner(owner: LockOwner) {
  return owner.host === hostname() ? `pid ${owner.pid}` : `pid ${owner.pid} on host ${owner.host}`;
}

// Locks this process holds, by path. A lock naming our own pid that is not in
// here was left by an earlier process that had the same pid (containers
// restart with the same pids), so it is dead.
const held = ((globalThis as unknown as { backchannelHeldLocks?: Map<string, string> }).backchannelHeldLocks ??= new Map());

/**
 * Takes the lock at `lockPath`, taking it over from a dead owner; throws
 * LockHeldError when a live process (or one on another host) holds it.
 */
export async function acquireLock(lockPath: string, options: { beforeTakeover?: () => Promise<void> } = {}): Promise<HeldLock> {
  const owner: LockOwner = {
    pid: process.pid,
    host: hostname(),
    bootId: bootId(),
    startTime: processStat(process.pid)?.startTime ?? null,
    token: randomUUID(),
    acquiredAt: new Date().toISOString(),
  };
  let tookOverFrom: LockOwner | null = null;
  // Each pass either takes the lock, refuses, or removes one dead lock; a few
  // passes only happen when several processes start at the same moment.
  for (let attempt = 0; attempt < 50; attempt++) {
    if (tryCreate(lockPath, owner)) {
      held.set(lockPath, owner.token);
      const release = () => releaseLock(lockPath, owner.token);
      process.once('exit', release);
      return {
        path: lockPath,
        owner,
        tookOverFrom,
        release() {
          process.off('exit', release);
          release();
        },
      };
    }
    const current = readLock(lockPath);
    if (current.kind === 'missing') continue;
    if (current.kind === 'owner' && isAlive(lockPath, current.owner)) throw new LockHeldError(lockPath, current.owner);
    if (current.kind === 'legacy' && !current.stale) throw new LockHeldError(lockPath, null);
    // (A hook so that tests can widen the window between finding a dead lock
    // and removing it, where concurrent starters race.)
    await options.beforeTakeover?.();
    if ((await removeDeadLock(lockPath, current)) && current.kind === 'owner') tookOverFrom = current.owner;
  }
  throw new Error(`Could not take the lock ${lockPath}: other processes kept taking and dropping it.`);
}

/** Creates the lock file with our owner, atomically: false when one exists. */
function tryCreate(lockPath: string, owner: LockOwner): boolean {
  // Written in full under a private name, then hard-linked into place: link()
  // fails when the name exists, and a reader never sees a half-written file.
  const draft = `${lockPath}.${owner.token}.tmp`;
  writeFileSync(/*turbopackIgnore: true*/ draft, JSON.stringify(owner) + '\n', { mode: 0o644 });
  try {
    linkSync(/*turbopackIgnore: true*/ draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(/*turbopackIgnore: true*/ draft);
  }
}

type LockState =
  | { kind: 'missing' }
  | { kind: 'owner'; owner: LockOwner }
  /** Unreadable content: no version of this module writes that, so nobody owns it. */
  | { kind: 'garbage'; text: string }
  /** The directory proper-lockfile made (before this module); live while its mtime is refreshed. */
  | { kind: 'legacy'; stale: boolean };

function readLock(lockPath: string): LockState {
  let text: string;
  try {
    text = readFileSync(/*turbopackIgnore: true*/ lockPath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { kind: 'missing' };
    if (code === 'EISDIR') {
      try {
        return { kind: 'legacy', stale: Date.now() - statSync(/*turbopackIgnore: true*/ lockPath).mtimeMs > 15_000 };
      } catch {
        return { kind: 'missing' };
      }
    }
    throw error;
  }
  try {
    const owner = JSON.parse(text) as LockOwner;
    if (Number.isInteger(owner.pid) && typeof owner.host === 'string' && typeof owner.token === 'string') return { kind: 'owner', owner };
  } catch {
    // fall through
  }
  return { kind: 'garbage', text };
}

function isAlive(lockPath: string, owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true;
  const boot = bootId();
  if (owner.bootId && boot && owner.bootId !== boot) return false;
  if (owner.pid === process.pid) return held.get(lockPath) === owner.token;
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    // EPERM: the pid exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
  }
  const stat = processStat(owner.pid);
  // A killed process stays a zombie until its parent reaps it (and in some
  // containers nobody does): it holds no files, so it is dead for us.
  if (stat && (stat.state === 'Z' || stat.state === 'X')) return false;
  if (owner.startTime && stat && owner.startTime !== stat.startTime) return false;
  return true;
}

/**
 * Removes a dead lock, unless someone else changed it meanwhile. Two starting
 * processes may both find the same dead lock; if each simply deleted and
 * recreated it, the second could delete the first's new lock. So removal
 * happens under a short-lived mutex (mkdir is atomic), after reading the lock
 * again. Returns whether this call removed it.
 */
async function removeDeadLock(lockPath: string, seen: LockState): Promise<boolean> {
  const mutex = `${lockPath}.takeover`;
  try {
    mkdirSync(/*turbopackIgnore: true*/ mutex);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Holding the mutex takes microseconds, so an old one was left by a
    // process killed inside it.
    try {
      if (Date.now() - statSync(/*turbopackIgnore: true*/ mutex).mtimeMs > 5_000) rmdirSync(/*turbopackIgnore: true*/ mutex);
    } catch {
      // Gone meanwhile.
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    return false;
  }
  try {
    const now = readLock(lockPath);
    const same =
      (seen.kind === 'owner' && now.kind === 'owner' && now.owner.token === seen.owner.token) ||
      (seen.kind === 'garbage' && now.kind === 'garbage' && now.text === seen.text) ||
      (seen.kind === 'legacy' && now.kind === 'legacy' && now.stale);
    if (!same) return false;
    rmSync(/*turbopackIgnore: true*/ lockPath, { recursive: true, force: true });
    return true;
  } finally {
    rmdirSync(/*turbopackIgnore: true*/ mutex);
  }
}

function releaseLock(lockPath: string, token: string) {
  if (held.get(lockPath) !== token) return;
  held.delete(lockPath);
  try {
    const current = readLock(lockPath);
    if (current.kind === 'owner' && current.owner.token === token) unlinkSync(/*turbopackIgnore: true*/ lockPath);
  } catch {
    // Best effort (this also runs on exit): a lock left behind names a dead
    // pid, and the next start takes it over.
  }
}

function bootId(): string | null {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return null;
  }
}

/** State and start time of a process, from Linux's /proc; null elsewhere. */
function processStat(pid: number): { state: string; startTime: string } | null {
  try {
    const stat = readFileSync(/*turbopackIgnore: true*/ `/proc/${pid}/stat`, 'utf8');
    // Fields 3 and 22; the command name (field 2) may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0], startTime: fields[19] };
  } catch {
    return null;
  }
}

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { acquireLock, LockHeldError, type HeldLock, type LockOwner } from '@/lib/db/lock';
import { killAllChildren, spawnChild, spawnTsx } from '../support/child-process';

const dir = mkdtempSync(path.join(tmpdir(), 'backchannel-lock-'));
let n = 0;
const freshPath = () => path.join(dir, `db-${++n}.lock`);
const held: HeldLock[] = [];

afterEach(async () => {
  held.splice(0).forEach((lock) => lock.release());
  await killAllChildren();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeOwner(lockPath: string, owner: Partial<LockOwner>) {
  const full: LockOwner = {
    pid: 1,
    host: hostname(),
    bootId: null,
    startTime: null,
    token: 'left-behind',
    acquiredAt: new Date().toISOString(),
    ...owner,
  };
  writeFileSync(lockPath, JSON.stringify(full));
}

/** The pid of a process that has exited (and been reaped). */
function deadPid() {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** A live process that is not this one. */
async function liveProcess() {
  const child = spawnChild(process.execPath, ['-e', 'console.log("up"); setInterval(() => {}, 1000)'], process.env);
  await child.waitForOutput(/up/, 10_000);
  return child;
}

const readOwner = (lockPath: string) => JSON.parse(readFileSync(lockPath, 'utf8')) as LockOwner;

describe('the embedded database lock', () => {
  it('records its owner, refuses while held (also within the owning process), and is gone once released', async () => {
    const lockPath = freshPath();
    const lock = await acquireLock(lockPath);
    expect(readOwner(lockPath)).toMatchObject({ pid: process.pid, host: hostname(), token: lock.owner.token });
    expect(lock.tookOverFrom).toBeNull();
    await expect(acquireLock(lockPath)).rejects.toThrow(LockHeldError);
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
    held.push(await acquireLock(lockPath));
  });

  it('takes over at once a lock whose owner has exited', async () => {
    const lockPath = freshPath();
    const pid = deadPid();
    writeOwner(lockPath, { pid });
    const lock = await acquireLock(lockPath);
    held.push(lock);
    expect(lock.tookOverFrom?.pid).toBe(pid);
    expect(readOwner(lockPath).pid).toBe(process.pid);
  });

  it('refuses a lock held by a live process, naming its pid', async () => {
    const lockPath = freshPath();
    const owner = await liveProcess();
    writeOwner(lockPath, { pid: owner.pid });
    const error = await acquireLock(lockPath).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LockHeldError);
    expect((error as LockHeldError).owner?.pid).toBe(owner.pid);
    expect(readOwner(lockPath).pid).toBe(owner.pid);
  });

  it('takes over a lock whose pid now belongs to another process (different start time)', async () => {
    const lockPath = freshPath();
    const other = await liveProcess();
    writeOwner(lockPath, { pid: other.pid, startTime: '1' });
    const lock = await acquireLock(lockPath);
    held.push(lock);
    expect(lock.tookOverFrom?.pid).toBe(other.pid);
  });

  it("takes over a lock naming this process's own pid that this process does not hold (a restarted container)", async () => {
    const lockPath = freshPath();
    writeOwner(lockPath, { pid: process.pid, token: 'previous-incarnation' });
    const lock = await acquireLock(lockPath);
    held.push(lock);
    expect(lock.tookOverFrom?.token).toBe('previous-incarnation');
  });

  it('refuses a lock from another host, whose pid cannot be checked from here', async () => {
    const lockPath = freshPath();
    writeOwner(lockPath, { pid: deadPid(), host: `not-${hostname()}` });
    await expect(acquireLock(lockPath)).rejects.toThrow(/on host not-/);
  });

  it('takes over a lock left before a reboot (another boot id)', async () => {
    const lockPath = freshPath();
    const other = await liveProcess();
    writeOwner(lockPath, { pid: other.pid, bootId: 'an-earlier-boot' });
    const lock = await acquireLock(lockPath);
    held.push(lock);
    expect(lock.tookOverFrom?.pid).toBe(other.pid);
  });

  it('gives a dead lock to exactly one of several processes that find it dead at the same moment', async () => {
    const lockPath = freshPath();
    writeOwner(lockPath, { pid: deadPid() });
    const startAt = String(Date.now() + 3_000);
    // Each waits 300 ms between finding the lock dead and removing it: without
    // a re-check under a mutex, a late racer would remove the winner's new lock.
    const racers = Array.from({ length: 4 }, () => spawnTsx('tests/support/lock-child.ts', [lockPath, startAt, '300'], process.env));
    const outcomes = await Promise.all(racers.map((child) => child.waitForOutput(/^(HELD|REFUSED) ?(\S*)/m, 30_000)));
    const winners = outcomes.filter((m) => m[1] === 'HELD');
    expect(winners).toHaveLength(1);
    const owner = readOwner(lockPath);
    expect(owner.token).toBe(winners[0][2]);
    // The others were refused by the winner, not by the dead owner.
    for (const m of outcomes.filter((o) => o[1] === 'REFUSED')) expect(Number(m[2])).toBe(owner.pid);
  }, 60_000);
});

// Host zone: a cross-process lock file for the image store. Taken with O_CREAT|O_EXCL (atomic on every
// local filesystem); the file records the holder's pid, host and start time so a lock left behind by a
// crashed process (dead pid on this host, or older than the stale age) is broken and retaken.

import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { IMAGE_ERROR, imageFail } from './errors.js';

export interface LockOptions {
  /** Give up after this long (ms). */
  timeoutMs?: number;
  /** A lock older than this (ms) is stale whoever holds it (a hung holder must not wedge the store). */
  staleMs?: number;
}

interface LockInfo {
  pid: number;
  host: string;
  time: number;
}

/** True when a process with this pid exists on this host. */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readInfo(path: string): Promise<LockInfo | undefined> {
  try {
    const v = JSON.parse(await readFile(path, 'utf8')) as Partial<LockInfo>;
    if (typeof v.pid === 'number' && typeof v.host === 'string' && typeof v.time === 'number')
      return v as LockInfo;
  } catch {
    // Missing (just released) or half-written (being created): not provably stale yet.
  }
  return undefined;
}

/** Breaks the lock at `path` if it is provably stale. Renaming first means only one breaker wins. */
async function breakIfStale(path: string, staleMs: number): Promise<void> {
  const info = await readInfo(path);
  if (info === undefined) return;
  const dead = info.host === hostname() && !processAlive(info.pid);
  if (!dead && Date.now() - info.time < staleMs) return;
  const grave = `${path}.stale-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, grave);
  } catch {
    return; // someone else broke or released it
  }
  const moved = await readInfo(grave);
  // If a live holder re-took the lock between our read and rename, we moved *its* lock: put it back
  // (link fails if yet another process has taken the lock meanwhile, which is then the holder).
  if (moved !== undefined && (moved.pid !== info.pid || moved.time !== info.time)) {
    await link(grave, path).catch(() => {});
  }
  await unlink(grave).catch(() => {});
}

/** Runs `fn` holding the lock file at `path`; always releases it. */
export async function withLock<T>(path: string, fn: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const staleMs = options.staleMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  const me: LockInfo = { pid: process.pid, host: hostname(), time: Date.now() };
  let delay = 5;
  for (;;) {
    try {
      const fh = await open(path, 'wx', 0o644);
      try {
        await fh.writeFile(JSON.stringify(me));
      } finally {
        await fh.close();
      }
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    await breakIfStale(path, staleMs);
    if (Date.now() > deadline) {
      const info = await readInfo(path);
      imageFail(IMAGE_ERROR.locked, `image store is locked${info ? ` by pid ${info.pid}` : ''} (${path})`);
    }
    await sleep(delay);
    delay = Math.min(delay * 2, 100);
  }
  try {
    return await fn();
  } finally {
    // Release only our own lock: if it was broken as stale, the file is now someone else's.
    const held = await readInfo(path);
    if (held !== undefined && held.pid === me.pid && held.time === me.time && held.host === me.host) {
      await unlink(path).catch(() => {});
    }
  }
}

// Host zone: large hash and cipher updates on the kernel's thread, a slice per turn of its event loop.
// node has no thread-pool form of a streaming hash or cipher, so a 64 MiB update would hold the thread
// (and every container) for 66-800 ms in one go; fed CRYPTO_SYNC_CHUNK bytes per setImmediate, the
// thread serves everyone else between slices (each at most ~3 ms). The guest blocks on the op.

import { CRYPTO_SYNC_CHUNK } from '../../abi/syscalls.js';
import { Errno } from '../errno.js';
import type { AsyncOp, Task } from '../task.js';
import { libError } from './lib-error.js';

/**
 * Calls `step` with each slice of `data`, one per event-loop turn, then completes `op` with `finish()`.
 * A step's errno fails the op (a handle closed meanwhile is EBADF); a library error is its value, as
 * in the sync forms. Each slice's time is charged to the process as system time. A process that died
 * meanwhile gets nothing more done.
 */
export function inSlices(
  task: Task,
  op: AsyncOp,
  syscall: string,
  data: Uint8Array,
  step: (slice: Uint8Array) => void,
  finish: () => unknown,
): void {
  let at = 0;
  const next = (): void => {
    if (!task.alive || op.finished) return;
    const t0 = performance.now();
    try {
      step(data.subarray(at, at + CRYPTO_SYNC_CHUNK));
      at += CRYPTO_SYNC_CHUNK;
      if (at >= data.byteLength) op.done(null, finish());
      else setImmediate(next);
    } catch (err) {
      fail(op, syscall, err);
    } finally {
      task.guest.chargeSystem((performance.now() - t0) * 1000);
    }
  };
  setImmediate(next);
}

function fail(op: AsyncOp, syscall: string, err: unknown): void {
  if (err instanceof Errno) {
    op.done(err.toWire(syscall));
    return;
  }
  try {
    op.done(null, libError(err));
  } catch {
    op.done({ code: 'EIO', syscall });
  }
}

// Guest zone: blocking syscalls. Some Node APIs must wait for the kernel inside one synchronous call
// (spawnSync, execSync, reading stdin with readFileSync). The guest starts the operation as an async
// op, tells the kernel it will block on it, then sleeps in Atomics.wait on a word shared with the
// kernel (the kernel only bumps it). The host's main thread stays free; SIGKILL still ends the sleep.

import type { WireError } from '../../abi/errno.js';
import type { SyncReply } from '../../abi/wire.js';
import { sys, sysTry } from './door.js';
import { uvException } from './errors.js';

let wake: Int32Array | undefined;
let fsGen: BigInt64Array | undefined;

/**
 * Sleeps until the kernel disposes the isolate (after proc.exit answered): V8's termination
 * interrupts Atomics.wait, so the thread waits without burning a core, which a spin would do, and
 * on a busy host that spin delays the very kernel turn that disposes it by milliseconds.
 */
export function sleepUntilDisposed(): never {
  for (;;) {
    if (wake) Atomics.wait(wake, 0, Atomics.load(wake, 0));
  }
}

/** Captures the wake word the kernel installed for this process (called once, at boot). */
export function captureWake(): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const sab = g.__tsvirt_wake;
  delete g.__tsvirt_wake;
  if (!(sab instanceof SharedArrayBuffer)) return;
  wake = new Int32Array(sab, 0, 1);
  // Bytes 8-15: the container's fs generation, which the kernel stores there (fs/cache.ts reads it).
  if (sab.byteLength >= 16) fsGen = new BigInt64Array(sab, 8, 1);
}

/** The shared fs generation word, when the kernel gave this process one. */
export function fsGenerationWord(): BigInt64Array | undefined {
  return fsGen;
}

const rawAsync = (name: string, args: unknown): SyncReply => sysTry('op.start', { name, args });

/** Runs async syscall `name` and waits for its result synchronously. Throws a Node-shaped error. */
export function block<T = unknown>(name: string, args: unknown): T {
  if (!wake) throw uvException({ code: 'ENOSYS', syscall: name });
  const started = rawAsync(name, args);
  if (started[0] !== null) throw uvException(started[0]);
  const id = started[1] as number;
  let seen = Atomics.load(wake, 0);
  sys('op.block', { id });
  for (;;) {
    const r = sys<{ ready: boolean; err: WireError | null; value: unknown }>('op.take', { id });
    if (r.ready) {
      if (r.err) throw uvException(r.err);
      return r.value as T;
    }
    Atomics.wait(wake, 0, seen);
    seen = Atomics.load(wake, 0);
  }
}

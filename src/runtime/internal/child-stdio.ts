// Guest zone: the stdio side of node:child_process. Turns a spawn's `stdio` option into what the
// kernel's proc.spawn takes, and drains a finished child's unread output the way Node's flushStdio
// does, so 'close' can follow 'exit' for a parent that reads only some of its child's streams.

import { nodeError } from './errors.js';
import { isFdReadable } from './fd-stream.js';

/** One entry of the `stdio` option, as a program may write it. */
export type Stdio = 'pipe' | 'overlapped' | 'ignore' | 'inherit' | 'ipc' | number | null | undefined | object;

/** What the kernel's proc.spawn takes for one fd. */
export type KernelStdio = 'pipe' | 'ignore' | 'inherit' | number;

// Node's own marker (lib/internal/child_process.js): a parent's pipe end given to another child as
// its stdio belongs to that child now, so the parent neither reads it nor drains it on exit.
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');

/** The stream surface this module needs (a readable-stream Readable over a kernel fd). */
interface FdStream {
  _fd: number;
  [kIsUsedAsStdio]?: boolean;
  readable?: boolean;
  pause(): void;
  resume(): void;
}

/** A pipe end of an earlier child (child.stdout …): a stream with a kernel fd behind it. */
function isFdStream(s: object): s is FdStream {
  return isFdReadable(s);
}

/**
 * Normalises `stdio` to three or more kernel entries. A stream entry (another child's stdout, as in
 * `spawn(b, { stdio: [a.stdout] })`) passes its fd, and is paused and marked as used, as Node does.
 */
export function stdioOf(stdio: Stdio | Stdio[]): { kernel: KernelStdio[]; ipc: boolean } {
  const list: Stdio[] = Array.isArray(stdio) ? stdio.slice() : [stdio, stdio, stdio];
  while (list.length < 3) list.push(undefined);
  let ipc = false;
  const kernel = list.map((s): KernelStdio => {
    if (s === undefined || s === null || s === 'pipe' || s === 'overlapped') return 'pipe';
    if (s === 'ipc') {
      ipc = true;
      return 'ignore';
    }
    if (s === 'inherit' || s === 'ignore') return s;
    if (typeof s === 'number') return s;
    if (typeof s === 'object' && isFdStream(s)) {
      s.pause();
      s[kIsUsedAsStdio] = true;
      return s._fd;
    }
    if (typeof s === 'object' && typeof (s as { fd?: unknown }).fd === 'number')
      return (s as { fd: number }).fd;
    throw nodeError(
      'ERR_INVALID_ARG_VALUE',
      `The argument 'stdio' is invalid. Received ${String(s)}`,
      TypeError,
    );
  });
  return { kernel, ipc };
}

/**
 * Node's flushStdio, run on the tick after 'exit': every stdio stream still readable and not handed
 * to another child is resumed, so output nobody reads is discarded, the stream ends and closes, and
 * the child's 'close' follows. The tick in between is a program's last chance to start reading.
 */
export function flushStdio(stdio: readonly unknown[]): void {
  for (const s of stdio) {
    if (!s || typeof s !== 'object' || !isFdStream(s)) continue;
    if (!s.readable || s[kIsUsedAsStdio]) continue;
    s.resume();
  }
}

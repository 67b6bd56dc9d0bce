// Guest zone: the runtime's only way to the kernel. The two door functions are captured here, when the
// bundle first runs (before any user code exists), and deleted from the global object.

import type { WireError } from '../../abi/errno.js';
import type { SyncReply } from '../../abi/wire.js';
import { uvException } from './errors.js';

type RawDoor = (name: string, args: unknown) => SyncReply;

const g = globalThis as unknown as Record<string, unknown>;
const rawSync = g.__tsvirt_sync as RawDoor;
const rawAsync = g.__tsvirt_async as RawDoor;
delete g.__tsvirt_sync;
delete g.__tsvirt_async;

/** Completion callback of an async syscall: (error or null, value). */
export type Completion = (err: Error | null, value: unknown) => void;
/** Receiver of a stream's chunks; `null` is end of stream. */
export type DataSink = (chunk: Uint8Array | null) => void;

/**
 * Map methods captured before user code exists (Deno's primordials habit): a program that patches
 * Map.prototype cannot reroute or drop the completions of its own pending syscalls.
 */
const apply = Reflect.apply;
const uncurry =
  <A extends unknown[], R>(fn: (this: Map<number, unknown>, ...args: A) => R) =>
  (self: Map<number, unknown>, ...args: A): R =>
    apply(fn, self, args);
const mapGet = uncurry(Map.prototype.get) as <V>(m: Map<number, V>, k: number) => V | undefined;
const mapSet = uncurry(Map.prototype.set);
const mapDelete = uncurry(Map.prototype.delete);
const pending = new Map<number, Completion>();
const sinks = new Map<number, DataSink>();

/**
 * Work the runtime defers to batch crossings (responses ended in this turn, sent in one call). It is
 * flushed before any other syscall crosses, so the kernel sees every call in the order it was made.
 */
let deferred: (() => void) | null = null;

/** Marks deferred work (or clears the mark with null); `flush` runs before the next crossing. */
export function deferCrossing(flush: (() => void) | null): void {
  deferred = flush;
}

function flushDeferred(): void {
  const fn = deferred;
  deferred = null;
  fn?.();
}

/** Calls a syscall and returns its value, or throws the Node-shaped error it answered with. */
export function sys<T = unknown>(name: string, args?: unknown): T {
  if (deferred !== null) flushDeferred();
  const reply = rawSync(name, args === undefined ? null : args);
  if (reply[0] !== null) throw uvException(reply[0]);
  return reply[1] as T;
}

/** Calls a syscall and returns the raw reply, for callers that branch on the error code. */
export function sysTry(name: string, args?: unknown): SyncReply {
  if (deferred !== null) flushDeferred();
  return rawSync(name, args === undefined ? null : args);
}

/** Like `sys`, but hands the error back as data instead of throwing. */
export function sysErr(name: string, args?: unknown): WireError | null {
  if (deferred !== null) flushDeferred();
  return rawSync(name, args === undefined ? null : args)[0];
}

/**
 * Starts an async syscall; `done` runs later, in its own macrotask, when the kernel posts completion.
 * A failure to even start is delivered the same way (next tick), as Node does for async fs calls.
 */
export function start(
  name: string,
  args: unknown,
  done: Completion,
  queue: (fn: () => void) => void,
): number {
  if (deferred !== null) flushDeferred();
  const reply = rawAsync(name, args === undefined ? null : args);
  if (reply[0] !== null) {
    const err = uvException(reply[0]);
    queue(() => done(err, undefined));
    return -1;
  }
  const id = reply[1] as number;
  mapSet(pending, id, done);
  return id;
}

/** Registers the receiver of a stream started with `start` (data events carry the same id). */
export function onData(id: number, sink: DataSink): void {
  mapSet(sinks, id, sink);
}

export function offData(id: number): void {
  mapDelete(sinks, id);
}

/** Routes a `done` event to its completion callback. Returns false for an unknown id. */
export function complete(id: number, err: WireError | null, value: unknown): boolean {
  const cb = mapGet(pending, id);
  if (!cb) return false;
  mapDelete(pending, id);
  cb(err ? uvException(err) : null, value);
  return true;
}

/** Routes a `data` event to its sink. */
export function deliverData(id: number, chunk: Uint8Array | null): boolean {
  const sink = mapGet(sinks, id);
  if (!sink) return false;
  if (chunk === null) mapDelete(sinks, id);
  sink(chunk);
  return true;
}

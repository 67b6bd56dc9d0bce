// Guest zone: how an fs operation described in ops.ts runs: synchronously through the door, or as an
// async syscall whose completion calls back (callback form) or settles a promise (promise form).

import { start, sys } from '../../internal/door.js';
import { uvException, validateFunction } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { cachedReply } from './cache.js';
import { type Call, type OpName, ops } from './ops.js';

export type Cb = (err: Error | null, value?: unknown) => void;

export function runSync(call: Call): unknown {
  try {
    // Repeated reads of stable files are answered by the process's own cache (cache.ts).
    const cached = cachedReply(call.name, call.args);
    let v: unknown;
    if (cached === undefined) v = sys(call.name, call.args);
    else if (cached[0] !== null) throw uvException(cached[0]);
    else v = cached[1];
    return call.map ? call.map(v) : v;
  } catch (err) {
    const r = call.recover?.(err as Error & { code?: string });
    if (r) return r.value;
    throw call.mapError ? call.mapError(err as Error) : err;
  }
}

/** Starts `call` as an async syscall; `cb` runs in a later macrotask (or next tick on a start failure). */
export function runAsync(call: Call, cb: Cb): void {
  start(
    call.name,
    call.args,
    (err, value) => {
      if (err) {
        const r = call.recover?.(err as Error & { code?: string });
        if (r) return cb(null, r.value);
        return cb(call.mapError ? call.mapError(err) : err);
      }
      let out: unknown;
      try {
        out = call.map ? call.map(value) : value;
      } catch (e) {
        return cb(e as Error);
      }
      cb(null, out);
    },
    (fn) => nextTick(fn, []),
  );
}

export function makeSync(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) => runSync(op(...args));
}

export function makeCallback(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) => {
    // Node finds the callback by position: the last argument if it is a function, or whatever sits
    // past the operation's parameters; fs.stat('x') and fs.stat('x', 'nope') both lack one.
    const cb =
      typeof args[args.length - 1] === 'function' || args.length > op.length ? args.pop() : undefined;
    validateFunction(cb, 'cb');
    runAsync(op(...args), cb as Cb);
  };
}

export function makePromise(name: OpName) {
  const op = ops[name] as (...a: unknown[]) => Call;
  return (...args: unknown[]) =>
    new Promise((resolve, reject) => {
      let call: Call;
      try {
        call = op(...args);
      } catch (err) {
        reject(err);
        return;
      }
      runAsync(call, (err, value) => (err ? reject(err) : resolve(value)));
    });
}

// Host zone (daemon): failures as the API reports them (a status and a one-line message), and the
// signal names the API accepts.

import { isSignalName, type SignalName, signalName } from '../abi/signals.js';
import { SpecError } from '../kernel/spec.js';
import { ApiError } from './http.js';
import { ShardRequestError } from './shard.js';

/** Any failure as the API reports it: spec and shard errors get their 4xx status, the rest is a 500. */
export function apiErrorOf(err: unknown): Error {
  if (err instanceof ApiError) return err;
  if (err instanceof SpecError) return new ApiError(400, err.message);
  if (err instanceof ShardRequestError) {
    const status = { invalid: 400, notfound: 404, conflict: 409, internal: 500 }[err.kind];
    return new ApiError(status, err.message);
  }
  return err instanceof Error ? err : new Error(String(err));
}

/** Normalises `KILL`, `SIGKILL` or `9` to a signal name (400 for anything else). */
export function parseSignal(v: string): SignalName {
  const name = /^\d+$/.test(v) ? signalName(Number(v)) : v.startsWith('SIG') ? v : `SIG${v}`;
  if (!isSignalName(name)) throw new ApiError(400, `invalid signal: ${v.slice(0, 32)}`);
  return name;
}

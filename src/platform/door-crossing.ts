// Host zone (platform): one crossing of the door, checked both ways (the name, the arguments and the
// reply must be short and plain ABI data; a host exception becomes EIO with nothing of the host in it),
// and the check of the loop state a guest turn returns.

import type { WireError } from '../abi/errno.js';
import type { LoopState, SyncReply } from '../abi/wire.js';
import type { DoorHandlers } from './isolate.js';
import { guardArgs, guardReply, WireShapeError } from './wire-guard.js';

/** The longest syscall name the door takes. */
const MAX_NAME = 64;

/**
 * One crossing of the door: the name must be a short string, the arguments ABI data (guardArgs), and
 * the reply must be ABI data too (guardReply), so nothing but plain copies ever crosses either way.
 */
export function crossDoor(
  handlers: DoorHandlers | undefined,
  kind: 'sync' | 'async',
  name: unknown,
  args: unknown,
  onError: (e: unknown) => void,
): SyncReply {
  if (!handlers || typeof name !== 'string') return [{ code: 'ENOSYS', syscall: 'door' }, null];
  if (name.length > MAX_NAME) return [{ code: 'ENOSYS', syscall: name.slice(0, MAX_NAME) }, null];
  let checked: unknown;
  try {
    checked = guardArgs(args);
  } catch (err) {
    if (err instanceof WireShapeError) return [{ code: 'EINVAL', syscall: shortName(name) }, null];
    return internalError(name, err, onError);
  }
  try {
    const reply = handlers[kind](name, checked);
    return guardReply(reply) as SyncReply;
  } catch (err) {
    return internalError(name, err, onError);
  }
}

function shortName(name: string): string {
  return name.slice(name.indexOf('.') + 1);
}

/** The guest's loop state, checked: a malformed one means the runtime was subverted. */
export function checkLoopState(v: unknown): LoopState {
  if (typeof v !== 'object' || v === null) throw new Error('runtime returned a malformed loop state');
  const { refs, timer, ready } = v as Record<string, unknown>;
  if (
    typeof refs !== 'number' ||
    !Number.isInteger(refs) ||
    refs < 0 ||
    typeof timer !== 'number' ||
    Number.isNaN(timer) ||
    timer < -1 ||
    typeof ready !== 'boolean'
  )
    throw new Error('runtime returned a malformed loop state');
  // Node's timers clamp at 2^31-1 ms; so does the host timer armed from this value.
  return { refs, timer: Math.min(timer, 2 ** 31 - 1), ready };
}

function internalError(name: unknown, err: unknown, onError: (e: unknown) => void): SyncReply {
  onError(err);
  const wire: WireError = {
    code: 'EIO',
    syscall: typeof name === 'string' ? shortName(name.slice(0, MAX_NAME)) : 'unknown',
  };
  return [wire, null];
}

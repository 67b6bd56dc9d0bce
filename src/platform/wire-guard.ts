// Host zone (platform): the shape guard on everything that crosses the door. isolated-vm's structured
// clone already turns guest values into host copies, but a clone can still carry types the ABI does not
// allow (Error, Date, Map, SharedArrayBuffer views that stay shared with the guest thread, cycles), and a
// host reply that cannot be cloned makes isolated-vm throw into the guest with the host value's source
// text in the message. The guard admits only ABI data and copies shared bytes out.

/** Deepest nesting a door value may have; a cycle is reported as too deep. */
export const MAX_WIRE_DEPTH = 32;
/** Most values (objects, arrays and leaves) one syscall argument may hold. */
export const MAX_WIRE_NODES = 1_000_000;

/** Why a value was refused, for the host log (never shown to the guest). */
export class WireShapeError extends Error {}

interface Walk {
  nodes: number;
  readonly maxNodes: number;
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function guardValue(v: unknown, depth: number, walk: Walk): unknown {
  if (++walk.nodes > walk.maxNodes) throw new WireShapeError('too many values');
  if (v === null || v === undefined) return v;
  switch (typeof v) {
    case 'boolean':
    case 'number':
    case 'string':
      return v;
    case 'object':
      break;
    default:
      throw new WireShapeError(`a ${typeof v} cannot cross the door`);
  }
  if (depth >= MAX_WIRE_DEPTH) throw new WireShapeError('nested too deep (or cyclic)');
  const obj = v as object;
  if (obj instanceof Uint8Array) {
    // A view of a SharedArrayBuffer would stay shared with the guest's thread: the guest could change
    // the bytes after the kernel validated them, or keep a live window into kernel storage. Copy it.
    return obj.buffer instanceof ArrayBuffer ? obj : new Uint8Array(obj);
  }
  if (Array.isArray(obj)) {
    // Assigning every index also fills holes, so a validator never meets a sparse array.
    for (let i = 0; i < obj.length; i++) obj[i] = guardValue(obj[i], depth + 1, walk);
    // Structured clone copies an array's named properties too (`a.x = new Date()`), which the index
    // walk above never sees: an ABI array has only its indexes (all filled now).
    if (Object.keys(obj).length !== obj.length) throw new WireShapeError('array with named properties');
    return obj;
  }
  if (!isPlainObject(obj)) {
    const name = Object.prototype.toString.call(obj);
    throw new WireShapeError(`${name} cannot cross the door`);
  }
  if (Object.getOwnPropertySymbols(obj).length > 0) throw new WireShapeError('symbol keys');
  const rec = obj as Record<string, unknown>;
  for (const key of Object.keys(rec)) {
    const desc = Object.getOwnPropertyDescriptor(rec, key);
    if (!desc || !('value' in desc)) throw new WireShapeError('accessor property');
    const item = guardValue(desc.value, depth + 1, walk);
    if (item !== desc.value) rec[key] = item;
  }
  return rec;
}

/**
 * Checks syscall arguments as the host received them from the guest: only null, booleans, numbers,
 * strings, arrays, plain records and Uint8Array (copied when shared), bounded in depth and size.
 * Throws WireShapeError otherwise; the door answers that with EINVAL.
 */
export function guardArgs(v: unknown): unknown {
  return guardValue(v, 0, { nodes: 0, maxNodes: MAX_WIRE_NODES });
}

/**
 * Checks a value the kernel is about to hand the guest. A failure is a kernel bug: the door logs it and
 * answers EIO instead of letting isolated-vm describe the host value to the guest.
 */
export function guardReply(v: unknown): unknown {
  return guardValue(v, 0, { nodes: 0, maxNodes: Number.POSITIVE_INFINITY });
}

// Guest zone: the process's page and attribute cache for the synchronous fs reads programs repeat
// (readFileSync, statSync, lstatSync, readdirSync, accessSync/existsSync, realpathSync,
// readlinkSync). Every syscall is a hop from isolated-vm's thread pool to the kernel's thread and
// back, which costs more than memfs itself; a repeated read served here costs none.
//
// Never stale: the kernel answers a cacheable read (`fs.cached`) with the container's fs generation it
// was read at, and bumps the generation, stored in a word it shares with this process only, before any
// change to the container's stable storage can be seen. A hit is served only while the word still
// shows the entry's generation, so the next read after any change in the container (another process,
// an fd write, a chmod, the host through the Container API) goes to the kernel. Reads the kernel
// cannot vouch for (bind mounts, /proc, /dev, relative paths) come back uncacheable and are not kept.
// Credentials are fixed for a process's life (the runtime has no setuid/setgid), so entries need no
// uid/gid in their key; should the runtime ever change them, it must empty this cache at that moment.
//
// Bounded: at most MAX_BYTES of values (least recently used dropped first), no value above
// MAX_VALUE. Callers get copies: a program that changes a returned Buffer does not change the next read.

import type { WireError } from '../../../abi/errno.js';
import type { SyncReply } from '../../../abi/wire.js';
import { fsGenerationWord } from '../../internal/block.js';
import { sysTry } from '../../internal/door.js';

type Op = 'readFile' | 'readFileUtf8' | 'stat' | 'lstat' | 'readdir' | 'access' | 'realpath' | 'readlink';
type Reply = { gen: number; value: unknown } | { gen: number; err: WireError };

interface Entry {
  gen: bigint;
  err: WireError | null;
  value: unknown;
  size: number;
}

const MAX_BYTES = 4 * 1024 * 1024;
const MAX_VALUE = 1024 * 1024;
/** What an entry costs besides its value (the key, the record, the Map slot). */
const OVERHEAD = 96;

/** One map for all operations, keyed by the operation's letter and the absolute path: LRU order. */
const entries = new Map<string, Entry>();
let used = 0;

const LETTER: Record<Op, string> = {
  readFile: 'r',
  readFileUtf8: 'u',
  stat: 's',
  lstat: 'l',
  readdir: 'd',
  access: 'a',
  realpath: 'p',
  readlink: 'k',
};

/** Which syscalls this cache answers for, and as which operation. */
function opOf(name: string, args: { path?: unknown; encoding?: unknown }): Op | null {
  switch (name) {
    case 'fs.stat':
      return 'stat';
    case 'fs.lstat':
      return 'lstat';
    case 'fs.readdir':
      return 'readdir';
    case 'fs.access':
      return 'access';
    case 'fs.realpath':
      return 'realpath';
    case 'fs.readlink':
      return 'readlink';
    case 'fs.readFile':
      return args.encoding === 'utf8' ? 'readFileUtf8' : 'readFile';
    default:
      return null;
  }
}

function sizeOf(e: { err: WireError | null; value: unknown }): number {
  const v = e.value;
  if (e.err || v === null) return OVERHEAD;
  if (typeof v === 'string') return OVERHEAD + v.length * 2;
  if (v instanceof Uint8Array) return OVERHEAD + v.byteLength;
  if (Array.isArray(v)) {
    let n = OVERHEAD;
    for (const d of v as Array<{ name: string }>) n += 48 + d.name.length * 2;
    return n;
  }
  return OVERHEAD + 160;
}

function store(key: string, e: Entry): void {
  if (e.size > MAX_VALUE) return;
  while (used + e.size > MAX_BYTES && entries.size > 0) {
    const [k, oldest] = entries.entries().next().value as [string, Entry];
    entries.delete(k);
    used -= oldest.size;
  }
  entries.set(key, e);
  used += e.size;
}

/** What the caller may keep: bytes are copied, everything else is immutable or rebuilt by the caller. */
function handOut(v: unknown): unknown {
  return v instanceof Uint8Array ? v.slice() : v;
}

/**
 * The reply of syscall `name` with `args`, from the cache or through `fs.cached`; `undefined` when this
 * call is not one the cache answers (an fd, a relative path, a kernel without a generation word).
 */
export function cachedReply(name: string, args: unknown): SyncReply | undefined {
  const word = fsGenerationWord();
  if (!word || typeof args !== 'object' || args === null) return undefined;
  const a = args as { path?: unknown; encoding?: unknown; mode?: unknown };
  const path = a.path;
  if (typeof path !== 'string' || path.charCodeAt(0) !== 0x2f) return undefined;
  const op = opOf(name, a);
  if (op === null) return undefined;
  const mode = op === 'access' ? (a.mode as number) : undefined;
  const key = `${LETTER[op]}${mode ?? ''}${path}`;
  const now = Atomics.load(word, 0);
  let e = entries.get(key);
  if (e !== undefined && e.gen === now) {
    // Most recently used goes last.
    entries.delete(key);
    entries.set(key, e);
  } else {
    if (e !== undefined) {
      entries.delete(key);
      used -= e.size;
    }
    const reply = sysTry('fs.cached', mode === undefined ? { op, path } : { op, path, mode });
    if (reply[0] !== null) return reply;
    const r = reply[1] as Reply;
    const err = 'err' in r ? r.err : null;
    e = { gen: BigInt(r.gen), err, value: 'err' in r ? null : r.value, size: 0 };
    if (r.gen >= 0) {
      e.size = sizeOf(e);
      store(key, e);
    }
  }
  return e.err ? [e.err, null] : [null, handOut(e.value)];
}

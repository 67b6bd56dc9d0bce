// Host zone: the syscall table, the kernel's whole attack surface, as data. The door handlers look a
// name up here; an unknown name is ENOSYS; an Errno becomes a WireError; anything else is a kernel
// bug, logged on the host with the container and pid, and the guest sees EIO.

import type { SyncReply } from '../../abi/wire.js';
import type { DoorHandlers } from '../../platform/isolate.js';
import { backlogFull } from '../backlog.js';
import { Errno } from '../errno.js';
import type { Task } from '../task.js';
import { childSyscalls } from './child.js';
import { cryptoSyscalls } from './crypto.js';
import { cryptoKeySyscalls } from './crypto-keys.js';
import { fdSyscalls } from './fd.js';
import { fsSyscalls } from './fs.js';
import { httpSyscalls } from './http.js';
import { moduleSyscalls } from './module.js';
import { netSyscalls } from './net.js';
import { opSyscalls } from './op.js';
import { procSyscalls } from './proc.js';
import { tlsSyscalls } from './tls.js';
import type { SyscallEntry, SyscallFamily } from './types.js';
import { zlibSyscalls } from './zlib.js';

function buildTable(...families: SyscallFamily[]): ReadonlyMap<string, SyscallEntry> {
  const table = new Map<string, SyscallEntry>();
  for (const family of families) {
    for (const [name, entry] of Object.entries(family)) {
      if (table.has(name)) throw new Error(`syscall ${name} defined twice`);
      table.set(name, entry);
    }
  }
  return table;
}

/** Every syscall the kernel answers, by name. */
export const SYSCALLS: ReadonlyMap<string, SyscallEntry> = buildTable(
  fsSyscalls,
  procSyscalls,
  moduleSyscalls,
  childSyscalls,
  fdSyscalls,
  opSyscalls,
  cryptoSyscalls,
  cryptoKeySyscalls,
  zlibSyscalls,
  netSyscalls,
  httpSyscalls,
  tlsSyscalls,
);

function failure(task: Task, name: string, entry: SyscallEntry, err: unknown): SyncReply {
  const shown = entry.errName ?? name.slice(name.indexOf('.') + 1);
  if (err instanceof Errno) return [err.toWire(shown), null];
  task.onHostError(err);
  return [{ code: 'EIO', syscall: shown }, null];
}

/** The door handlers of one task: sync calls answer now; async calls get an op id and complete later. */
export function doorFor(task: Task, table: ReadonlyMap<string, SyscallEntry> = SYSCALLS): DoorHandlers {
  return {
    sync(name, args) {
      // An exited process whose isolate is not torn down yet (see Task.exit) gets nothing more done.
      if (!task.alive) return [{ code: 'ESRCH', syscall: name.slice(0, 64) }, null];
      const entry = table.get(name);
      if (!entry?.sync) return [{ code: 'ENOSYS', syscall: name.slice(0, 64) }, null];
      try {
        const value = entry.sync(task, args);
        return [null, value === undefined ? null : value];
      } catch (err) {
        return failure(task, name, entry, err);
      }
    },
    async: (name, args) =>
      task.alive ? startOp(task, name, args, table) : [{ code: 'ESRCH', syscall: name.slice(0, 64) }, null],
  };
}

/**
 * Starts syscall `name` as an async op of `task` and answers its id. Entries with an `async` handler
 * complete when their work does; sync-only entries run now and complete in a later turn (as libuv's
 * thread pool would). Also used by `op.start`, the entry of blocking calls.
 */
export function startOp(
  task: Task,
  name: string,
  args: unknown,
  table: ReadonlyMap<string, SyscallEntry> = SYSCALLS,
): SyncReply {
  const entry = table.get(name);
  if (!entry || (!entry.async && !entry.sync)) return [{ code: 'ENOSYS', syscall: name.slice(0, 64) }, null];
  // The host would hold every result of a guest that starts ops in a loop and never takes them.
  if (backlogFull(task))
    return [{ code: 'EAGAIN', syscall: entry.errName ?? name.slice(name.indexOf('.') + 1) }, null];
  const op = task.beginOp();
  try {
    if (entry.async) {
      entry.async(task, args, op);
    } else {
      const value = entry.sync?.(task, args);
      op.done(null, value === undefined ? null : value);
    }
  } catch (err) {
    const [wire] = failure(task, name, entry, err);
    op.done(wire);
  }
  return [null, op.id];
}

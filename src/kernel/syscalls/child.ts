// Host zone: the child-process family: spawn (with pipes, inherited fds, /dev/null and an IPC channel),
// waitpid, spawnSync (the kernel collects the child's output while the parent blocks), IPC messages
// and process groups. execve's rules (PATH, shebangs, exit 126/127) live in kernel/exec.ts.

import { FdTable } from '../../fs/fd-table.js';
import { NullFile } from '../../fs/null-file.js';
import { Pipe } from '../../fs/pipe.js';
import type { OpenFile } from '../../fs/types.js';
import { ipcPair } from '../../proc/ipc.js';
import type { Container } from '../container.js';
import { fail } from '../errno.js';
import { ExecError } from '../exec.js';
import type { Task } from '../task.js';
import {
  arrayOf,
  bool,
  bytes,
  int,
  nullable,
  oneOf,
  optional,
  path,
  record,
  str,
  stringMap,
} from '../validate.js';
import type { SyscallFamily } from './types.js';

const stdioItem = (v: unknown) =>
  typeof v === 'number' ? int(0, 1 << 20)(v) : oneOf('pipe', 'ignore', 'inherit')(v);
const spawnShape = {
  argv: arrayOf(str, 100_000),
  argv0: optional(str),
  env: stringMap,
  cwd: nullable(path),
  stdio: arrayOf(stdioItem, 64),
  ipc: bool,
  detached: bool,
  uid: optional(int(0, 2 ** 31 - 1)),
  gid: optional(int(0, 2 ** 31 - 1)),
};
const spawnArgs = record(spawnShape);
const spawnSyncArgs = record({
  ...spawnShape,
  input: nullable(bytes),
  timeoutMs: optional(int(0, 2 ** 31 - 1)),
  // The kernel holds the child's output for the blocked parent: bounded like any single read (64 MiB).
  maxBuffer: optional(int(0, 64 * 1024 * 1024)),
  killSignal: optional(oneOf('SIGTERM', 'SIGKILL', 'SIGINT', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2')),
});
const pidArgs = record({ pid: int(1, 2 ** 31 - 1) });

function container(task: Task): Container {
  return task.container as unknown as Container;
}

type SpawnArgs = ReturnType<typeof spawnArgs>;

/** Builds the child's fd table from the stdio spec; parent-side pipe ends go into the parent's table. */
function wireStdio(
  task: Task,
  stdio: SpawnArgs['stdio'],
  hostSide: boolean,
): {
  fds: FdTable;
  parentFds: Array<number | null>;
  hostEnds: Array<OpenFile | null>;
  undo: () => void;
} {
  const fds = new FdTable(task.fds.limit);
  const parentFds: Array<number | null> = [];
  const hostEnds: Array<OpenFile | null> = [];
  const installed: number[] = [];
  const undo = () => {
    for (const fd of installed) task.fds.close(fd, true);
    for (const end of hostEnds) end?.close();
    fds.closeAll();
  };
  try {
    stdio.forEach((s, i) => {
      parentFds[i] = null;
      hostEnds[i] = null;
      if (s === 'inherit') {
        if (task.fds.has(i)) fds.share(task.fds, i, i);
      } else if (typeof s === 'number') {
        fds.share(task.fds, s, i);
      } else if (s === 'ignore') {
        fds.install(new NullFile(), i);
      } else {
        const { reader, writer } = Pipe.create();
        const [childEnd, parentEnd] = i === 0 ? [reader, writer] : [writer, reader];
        fds.install(childEnd, i);
        if (hostSide) hostEnds[i] = parentEnd;
        else {
          const fd = task.fds.install(parentEnd);
          installed.push(fd);
          parentFds[i] = fd;
        }
      }
    });
  } catch (err) {
    undo();
    throw err;
  }
  return { fds, parentFds, hostEnds, undo };
}

function credentials(
  task: Task,
  uid: number | undefined,
  gid: number | undefined,
): { uid: number; gid: number } {
  const u = uid ?? task.uid;
  const g = gid ?? task.gid;
  if (task.uid !== 0 && (u !== task.uid || g !== task.gid)) fail('EPERM');
  return { uid: u, gid: g };
}

function startChild(
  task: Task,
  a: SpawnArgs,
  fds: FdTable,
  withIpc: boolean,
): { child: Task; ipc: number | null } {
  const { uid, gid } = credentials(task, a.uid, a.gid);
  const [parentEnd, childEnd] = withIpc ? ipcPair() : [undefined, undefined];
  try {
    const child = container(task).spawn({
      argv: a.argv,
      ...(a.argv0 !== undefined ? { argv0: a.argv0 } : {}),
      env: a.env,
      cwd: a.cwd ?? task.cwd,
      uid,
      gid,
      ppid: task.pid,
      // A child inherits its parent's umask, as across fork and exec.
      umask: task.umask,
      ...(a.detached ? {} : { pgid: task.pgid }),
      ...(childEnd ? { ipc: childEnd } : {}),
      fds,
    });
    return { child, ipc: parentEnd ? task.addIpc(parentEnd) : null };
  } catch (err) {
    if (err instanceof ExecError) fail(err.code === 'ELOOP' ? 'ELOOP' : err.code, a.argv[0]);
    throw err;
  }
}

function exitRecord(s: { exitCode: number; signal: string | null }) {
  return { code: s.signal ? null : s.exitCode, signal: s.signal };
}

export const childSyscalls: SyscallFamily = {
  'proc.spawn': {
    support: 'full',
    sync(task, raw) {
      const a = spawnArgs(raw);
      if (a.argv.length === 0) fail('EINVAL');
      const wired = wireStdio(task, a.stdio, false);
      try {
        const { child, ipc } = startChild(task, a, wired.fds, a.ipc);
        return { pid: child.pid, fds: wired.parentFds, ipc };
      } catch (err) {
        wired.undo();
        throw err;
      }
    },
  },
  'proc.wait': {
    support: 'full',
    async(task, a, op) {
      const { pid } = pidArgs(a);
      container(task)
        .waitChild(task, pid)
        .then((s) => op.done(null, exitRecord(s)));
    },
  },
  'proc.spawnSync': {
    support: 'full',
    async(task, raw, op) {
      const a = spawnSyncArgs(raw);
      if (a.argv.length === 0) fail('EINVAL');
      const wired = wireStdio(task, a.stdio, true);
      let child: Task;
      try {
        child = startChild(task, { ...a, ipc: false }, wired.fds, false).child;
      } catch (err) {
        wired.undo();
        throw err;
      }
      const max = a.maxBuffer ?? 1024 * 1024;
      const out: Uint8Array[][] = [[], [], []];
      const sizes = [0, 0, 0];
      let error: string | null = null;
      const kill = (why: string) => {
        error ??= why;
        child.signal(a.killSignal ?? 'SIGTERM');
      };
      wired.hostEnds.forEach((end, i) => {
        if (!end) return;
        if (i === 0) {
          if (a.input?.byteLength) end.write(a.input, null);
          end.close();
          return;
        }
        end.readStream?.((chunk) => {
          if (!chunk) return;
          sizes[i] = (sizes[i] ?? 0) + chunk.byteLength;
          if ((sizes[i] ?? 0) > max) kill('ENOBUFS');
          else out[i]?.push(chunk);
        });
      });
      const timer = a.timeoutMs ? setTimeout(() => kill('ETIMEDOUT'), a.timeoutMs) : undefined;
      container(task)
        .waitChild(task, child.pid)
        .then((s) => {
          if (timer) clearTimeout(timer);
          // Let the pipes' final deliveries land before answering.
          queueMicrotask(() => {
            for (const end of wired.hostEnds) end?.close();
            op.done(null, {
              pid: child.pid,
              ...exitRecord(s),
              stdout: Buffer.concat(out[1] ?? []),
              stderr: Buffer.concat(out[2] ?? []),
              error,
            });
          });
        });
    },
  },
  'proc.setpgid': {
    support: 'full',
    sync(task, a) {
      const { pid, pgid } = record({ pid: int(0, 2 ** 31 - 1), pgid: int(0, 2 ** 31 - 1) })(a);
      const target = pid === 0 ? task : container(task).task(pid);
      if (!target) return fail('ESRCH');
      if (target !== task && target.ppid !== task.pid) fail('ESRCH');
      target.pgid = pgid === 0 ? target.pid : pgid;
      return null;
    },
  },
  'proc.getpgid': {
    support: 'full',
    sync(task, a) {
      const { pid } = record({ pid: int(0, 2 ** 31 - 1) })(a);
      const target = pid === 0 ? task : container(task).task(pid);
      if (!target) return fail('ESRCH');
      return target.pgid;
    },
  },
  'ipc.send': {
    support: 'full',
    sync(task, a) {
      const { id, message } = record({ id: int(1), message: str })(a);
      const end = task.ipc.get(id);
      if (!end) return fail('EBADF');
      if (!end.send(message)) fail('EPIPE');
      return null;
    },
  },
  'ipc.recv': {
    support: 'full',
    async(task, a, op) {
      const { id } = record({ id: int(1) })(a);
      const end = task.ipc.get(id);
      if (!end) return fail('EBADF');
      const encoder = new TextEncoder();
      const handle = end.receive((m) => {
        op.data(m === null ? null : encoder.encode(m));
        if (m === null) task.streams.delete(op.id);
      });
      // A stream like any other: the kernel pauses it while this process's event queue is full.
      task.streams.set(op.id, { handle, op });
      return undefined;
    },
  },
  'ipc.close': {
    support: 'full',
    sync(task, a) {
      const { id } = record({ id: int(1) })(a);
      const end = task.ipc.get(id);
      if (!end) return null;
      end.close();
      task.ipc.delete(id);
      return null;
    },
  },
};

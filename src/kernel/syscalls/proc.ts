// Host zone: the process family (exit, cwd, umask, signals, accounting), plus time, random, tty and
// IDNA (the URL parser's domain mapping, whose Unicode tables live on the host).

import { randomFillSync } from 'node:crypto';
import { domainToASCII } from 'node:url';
import { isSignalName } from '../../abi/signals.js';
import { MAX_DOMAIN } from '../../abi/syscalls.js';
import { monotonicMs } from '../clock.js';
import { fail } from '../errno.js';
import type { Task } from '../task.js';
import { bool, int, optional, path, record } from '../validate.js';
import type { SyscallFamily } from './types.js';

const signalArg = (v: unknown) => (v === 0 ? 0 : isSignalName(v) ? v : fail('EINVAL'));
const exitArgs = record({ code: optional(int(-(2 ** 31), 2 ** 31 - 1)), signal: optional(signalArg) });
const killArgs = record({ pid: int(-(2 ** 31), 2 ** 31 - 1), sig: signalArg });
const sigactionArgs = record({ sig: signalArg, handled: bool });
const umaskArgs = record({ mask: optional(int(0, 0o777)) });
const sizeArgs = record({ size: int(0, 65536) });
const rawModeArgs = record({ fd: int(0, 2), mode: bool });
const empty = record({});
const exitIfIdleArgs = record({ code: int(-(2 ** 31), 2 ** 31 - 1) });

/** The kernel holds nothing that keeps `task` alive, its main ended well, and it is within memory. */
function isIdle(task: Task): boolean {
  if (!task.guest.mainSettled || task.loop.refs !== 0 || task.loop.queued !== 0) return false;
  return task.accountBeforeQuickExit();
}

const domainArgs = record({
  domain: (v: unknown) => (typeof v === 'string' && v.length <= MAX_DOMAIN ? v : fail('EINVAL')),
});

export const procSyscalls: SyscallFamily = {
  'proc.exit': {
    support: 'full',
    sync(task, a) {
      const { code, signal } = exitArgs(a);
      task.exit(code ?? 0, signal === undefined || signal === 0 ? null : signal);
      return null;
    },
  },
  'proc.idle': {
    support: 'full',
    sync: (task) => isIdle(task),
  },
  'proc.exitIfIdle': {
    support: 'full',
    sync(task, a) {
      const { code } = exitIfIdleArgs(a);
      if (!isIdle(task)) return false;
      task.exitAfterTurn(code);
      return true;
    },
  },
  'proc.chdir': {
    support: 'full',
    sync(task, a) {
      const { path: p } = record({ path })(a);
      // The VFS checks it is a directory the caller may search (ENOTDIR, EACCES) and resolves links.
      task.cwd = task.container.vfs.chdir(task, p);
      return task.cwd;
    },
  },
  'proc.umask': {
    support: 'full',
    sync(task, a) {
      const { mask } = umaskArgs(a);
      const old = task.umask;
      if (mask !== undefined) task.umask = mask;
      return old;
    },
  },
  'proc.kill': {
    support: 'full',
    sync(task, a) {
      const { pid, sig } = killArgs(a);
      // pid > 0 one process, 0 the caller's group, -1 everyone, < -1 the group -pid (ESRCH if empty).
      task.container.killPid(pid, sig, task);
      return null;
    },
  },
  'proc.sigaction': {
    support: 'full',
    sync(task, a) {
      const { sig, handled } = sigactionArgs(a);
      if (sig === 0 || sig === 'SIGKILL' || sig === 'SIGSTOP') return fail('EINVAL');
      if (handled) task.handledSignals.add(sig);
      else task.handledSignals.delete(sig);
      return null;
    },
  },
  'proc.memory': {
    support: 'partial',
    note: "figures are the isolate's as of the end of the process's previous turn (or its start): reading them now would run its queued microtasks",
    sync(task, a) {
      empty(a);
      // Not read now: isolated-vm ends any call into the isolate with a microtask checkpoint, which
      // would run the caller's queued promise reactions in the middle of its synchronous code.
      const m = task.guest.lastMemoryUsage();
      return {
        rss: m.heap + m.external,
        heapTotal: m.limit,
        heapUsed: m.heap,
        external: m.external,
        arrayBuffers: m.external,
      };
    },
  },
  'proc.cpu': {
    support: 'partial',
    note: "system time is the host's time serving the process's syscalls",
    sync(task, a) {
      empty(a);
      return { user: task.guest.cpuMicros(), system: task.guest.systemMicros };
    },
  },
  'time.monotonic': { support: 'full', sync: () => monotonicMs() },
  'text.domainToASCII': {
    support: 'full',
    sync(_task, a) {
      return domainToASCII(domainArgs(a).domain);
    },
  },
  'random.bytes': {
    support: 'full',
    sync(_task, a) {
      const { size } = sizeArgs(a);
      return randomFillSync(new Uint8Array(size));
    },
  },
  'tty.getWindowSize': {
    support: 'full',
    sync(task, a) {
      empty(a);
      const size = task.container.terminalSize ?? { columns: 80, rows: 24 };
      return { columns: size.columns, rows: size.rows };
    },
  },
  'tty.setRawMode': {
    support: 'full',
    sync(task, a) {
      const { fd, mode } = rawModeArgs(a);
      const file = task.fds.get(fd);
      if (file.kind !== 'tty') return fail('ENOTTY');
      task.container.setRawMode?.(mode);
      return null;
    },
  },
};

// Host zone: the op family: blocking waits on async operations (the kernel side of runtime/internal/
// block.ts). `op.start` starts any async-capable syscall by name; `op.block` routes its completion to
// the task's mailbox instead of the event queue; `op.take` collects it.

import { fail } from '../errno.js';
import { bool, int, record, str } from '../validate.js';
import { startOp } from './table.js';
import type { SyscallFamily } from './types.js';

const startArgs = record({ name: str, args: (v: unknown) => v });
const idArgs = record({ id: int(1) });

export const opSyscalls: SyscallFamily = {
  'op.start': {
    support: 'full',
    sync(task, a) {
      const { name, args } = startArgs(a);
      // op.* cannot start itself: no recursion through the door.
      if (name.startsWith('op.')) fail('EINVAL');
      const [err, id] = startOp(task, name, args);
      if (err) fail(err.code);
      return id;
    },
  },
  'op.block': {
    support: 'full',
    sync(task, a) {
      task.blockOn(idArgs(a).id);
      return null;
    },
  },
  'op.ref': {
    support: 'full',
    sync(task, a) {
      const { id, ref } = record({ id: int(1), ref: bool })(a);
      task.liveOps.get(id)?.setRef(ref);
      return null;
    },
  },
  'op.take': {
    support: 'full',
    sync(task, a) {
      const r = task.takeBlocked(idArgs(a).id);
      return r ? { ready: true, err: r.err, value: r.value } : { ready: false, err: null, value: null };
    },
  },
};

// Host zone: the fd family: pipes, dup2, and waiting for a full pipe to drain (guest backpressure).

import { Pipe, PipeWriter } from '../../fs/pipe.js';
import { int, record } from '../validate.js';
import type { SyscallFamily } from './types.js';

const fdArg = int(0, 1 << 20);

export const fdSyscalls: SyscallFamily = {
  'fd.pipe': {
    support: 'full',
    sync(task, a) {
      record({})(a ?? {});
      const { reader, writer } = Pipe.create();
      const r = task.fds.install(reader);
      try {
        return [r, task.fds.install(writer)];
      } catch (err) {
        task.fds.close(r);
        writer.close();
        throw err;
      }
    },
  },
  'fd.dup2': {
    support: 'full',
    sync(task, a) {
      const { from, to } = record({ from: fdArg, to: fdArg })(a);
      task.fds.share(task.fds, from, to);
      return to;
    },
  },
  'fd.waitWritable': {
    support: 'full',
    async(task, a, op) {
      const file = task.fds.get(record({ fd: fdArg })(a).fd);
      if (file instanceof PipeWriter) file.onWritable(() => op.done(null));
      else op.done(null);
    },
  },
};

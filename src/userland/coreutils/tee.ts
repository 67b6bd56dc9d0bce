// Guest zone (userland): tee(1): copy stdin to stdout and to each FILE (-a append, -i, -p).
import { q, strerror, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, pump, streamStdin } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

run('tee', async (argv) => {
  const p = getopt(argv, {
    short: 'aip',
    long: { append: ['none', 'a'], 'ignore-interrupts': ['none', 'i'], 'output-error': ['optional', 'p'] },
  });
  let status = 0;
  const fds: number[] = [];
  for (const f of p.operands) {
    try {
      fds.push(fs.openSync(f, p.has('a') ? 'a' : 'w', 0o666));
    } catch (e) {
      warn(`${f}: ${strerror(e)}`);
      status = 1;
    }
  }
  await streamStdin(async (c) => {
    out(c);
    for (const fd of fds) fs.writeSync(fd, c);
    await pump();
    return true;
  });
  for (const fd of fds) fs.closeSync(fd);
  void q;
  return status;
});

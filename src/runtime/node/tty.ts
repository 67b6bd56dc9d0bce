// Guest zone: node:tty. isatty answers from the kernel's view of the fd.

import { sysTry } from '../internal/door.js';

function isatty(fd: unknown): boolean {
  if (typeof fd !== 'number' || !Number.isInteger(fd) || fd < 0) return false;
  const reply = sysTry('fs.fstat', { fd });
  if (reply[0] !== null) return false;
  return ((reply[1] as { mode: number }).mode & 0o170000) === 0o020000;
}

const proc = () => globalThis as unknown as { process: { stdin: unknown; stdout: unknown } };

export default {
  isatty,
  ReadStream: function ReadStream(fd: number) {
    if (fd !== 0) throw new Error('tty.ReadStream is only available for fd 0 in tsvirt');
    return proc().process.stdin;
  },
  WriteStream: function WriteStream(fd: number) {
    if (fd === 1) return proc().process.stdout;
    if (fd === 2) return (globalThis as unknown as { process: { stderr: unknown } }).process.stderr;
    throw new Error('tty.WriteStream is only available for fds 1 and 2 in tsvirt');
  },
};

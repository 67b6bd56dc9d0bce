// Guest zone (userland): head(1): the first lines (-n N, -n -N) or bytes (-c) of each file, with
// `==> name <==` headers for several files (-q, -v); `-5` is `-n 5`.

import { parseCount } from './lib/count.js';
import { die, q, warnCannotOpen } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out, streamStdin } from './lib/io.js';
import { run } from './lib/main.js';
import { type Buf, Buffer, fs } from './lib/node.js';

function firstLines(data: Buf, n: number, allBut: boolean, sep: number): Buf {
  const ends: number[] = [];
  for (let i = 0; i < data.length; i++) if (data[i] === sep) ends.push(i + 1);
  if (allBut) {
    const total = ends.length + (data.length && data[data.length - 1] !== sep ? 1 : 0);
    const keep = Math.max(0, total - n);
    return data.subarray(0, keep === 0 ? 0 : (ends[keep - 1] ?? data.length));
  }
  return data.subarray(0, n === 0 ? 0 : (ends[n - 1] ?? data.length));
}

/** A chunk consumer that copies the first count lines (or bytes) and then says stop (false). */
function taker(mode: 'n' | 'c', count: number, sep: number): (chunk: Buf) => boolean {
  let left = count;
  return (chunk) => {
    if (left === 0) return false;
    if (mode === 'c') {
      out(chunk.subarray(0, left));
      left -= Math.min(left, chunk.length);
      return left > 0;
    }
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === sep && --left === 0) {
        out(chunk.subarray(0, i + 1));
        return false;
      }
    }
    out(chunk);
    return true;
  };
}

/**
 * Copies the head of a named file read in chunks, so a device that never ends (/dev/zero,
 * /dev/urandom) or a large file is read only as far as needed. False when the file cannot be
 * opened or is a directory: the whole-file path then reports it as GNU does.
 */
function headFile(path: string, opened: () => void, take: (chunk: Buf) => boolean): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    if (fs.fstatSync(fd).isDirectory()) return false;
    opened();
    const buf = Buffer.alloc(64 * 1024);
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      // The chunk is copied: out() may hold it until the next flush.
      if (n === 0 || !take(Buffer.from(buf.subarray(0, n)))) return true;
    }
  } finally {
    fs.closeSync(fd);
  }
}

run('head', async (argv) => {
  const args = argv.map((a, i) => (i === 0 && /^-\d+[cbkmlqv]*$/.test(a) ? `-n${a.slice(1)}` : a));
  const p = getopt(args, {
    short: 'c:n:qvz',
    long: {
      bytes: ['required', 'c'],
      lines: ['required', 'n'],
      quiet: ['none', 'q'],
      silent: ['none', 'q'],
      verbose: ['none', 'v'],
      'zero-terminated': ['none', 'z'],
    },
  });
  let mode: 'n' | 'c' = 'n';
  let count = 10;
  let allBut = false;
  for (const o of p.opts) {
    if (o.key !== 'n' && o.key !== 'c') continue;
    const v = o.value as string;
    allBut = v.startsWith('-');
    const n = parseCount(allBut ? v.slice(1) : v);
    if (n === null) die(`invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${q(v)}`);
    mode = o.key;
    count = n;
  }
  const files = p.operands.length ? p.operands : ['-'];
  let headers = files.length > 1;
  for (const o of p.opts) if (o.key === 'q' || o.key === 'v') headers = o.key === 'v';
  let first = true;
  const header = (f: string) => {
    if (headers) out(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
    first = false;
  };
  const claim = async (f: string): Promise<boolean> => {
    if (allBut) return false;
    // Stream and stop once enough has arrived: the writer may never end (yes | head).
    const take = taker(mode, count, p.has('z') ? 0 : 10);
    if (f === '-') {
      header(f);
      if (count > 0) await streamStdin(take);
      return true;
    }
    return headFile(f, () => header(f), take);
  };
  const each = (data: Buf, f: string): void => {
    header(f);
    if (mode === 'c')
      out(allBut ? data.subarray(0, Math.max(0, data.length - count)) : data.subarray(0, count));
    else out(firstLines(data, count, allBut, p.has('z') ? 0 : 10));
  };
  return eachInput(files, each, { claim, warn: warnCannotOpen });
});

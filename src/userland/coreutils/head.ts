// Guest zone (userland): head(1): the first lines (-n N, -n -N) or bytes (-c) of each file, with
// `==> name <==` headers for several files (-q, -v); `-5` is `-n 5`.

import { parseCount } from './lib/count.js';
import { die, q, warnCannotOpen } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out, streamStdin } from './lib/io.js';
import { run } from './lib/main.js';
import type { Buf } from './lib/node.js';

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

/** Copies the first count lines (or bytes) of stdin, then stops reading. */
async function headStream(mode: 'n' | 'c', count: number, sep: number): Promise<void> {
  let left = count;
  if (left === 0) return;
  await streamStdin((chunk) => {
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
  });
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
  const claim = async (f: string): Promise<boolean> => {
    if (f !== '-' || allBut) return false;
    // Stream stdin and stop once enough has arrived: the writer may never end (yes | head).
    if (headers) out(`${first ? '' : '\n'}==> standard input <==\n`);
    first = false;
    await headStream(mode, count, p.has('z') ? 0 : 10);
    return true;
  };
  const each = (data: Buf, f: string): void => {
    if (headers) out(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
    first = false;
    if (mode === 'c')
      out(allBut ? data.subarray(0, Math.max(0, data.length - count)) : data.subarray(0, count));
    else out(firstLines(data, count, allBut, p.has('z') ? 0 : 10));
  };
  return eachInput(files, each, { claim, warn: warnCannotOpen });
});

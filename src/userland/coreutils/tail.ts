// Guest zone (userland): tail(1): the last lines (-n N) or bytes (-c N) of each file, or from line
// `+N` on; headers for several files (-q, -v); `-5`/`+5` as the obsolete forms; -f/-F follow files
// by polling their size (-s SECONDS), until killed.

import { parseCount } from './lib/count.js';
import { die, q, warn, warnCannotOpen } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, flush, out } from './lib/io.js';
import { run } from './lib/main.js';
import { type Buf, delay, fs } from './lib/node.js';

function lastLines(data: Buf, n: number, fromStart: boolean, sep: number): Buf {
  if (fromStart) {
    let line = 1;
    let i = 0;
    while (line < n && i < data.length) {
      if (data[i] === sep) line++;
      i++;
    }
    return data.subarray(i);
  }
  if (n === 0) return data.subarray(data.length);
  let end = data.length;
  if (end > 0 && data[end - 1] === sep) end--;
  let seen = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (data[i] === sep && ++seen === n) return data.subarray(i + 1);
  }
  return data;
}

run('tail', async (argv) => {
  const args = argv.map((a, i) =>
    i === 0 && /^[-+]\d+$/.test(a) ? (a[0] === '+' ? `-n+${a.slice(1)}` : `-n${a.slice(1)}`) : a,
  );
  const p = getopt(args, {
    short: 'c:n:qvzfFs:',
    long: {
      bytes: ['required', 'c'],
      lines: ['required', 'n'],
      quiet: ['none', 'q'],
      silent: ['none', 'q'],
      verbose: ['none', 'v'],
      'zero-terminated': ['none', 'z'],
      follow: ['optional', 'f'],
      'sleep-interval': ['required', 's'],
      retry: ['none', 'R'],
    },
  });
  const follow = p.has('f') || p.has('F');
  let mode: 'n' | 'c' = 'n';
  let count = 10;
  let fromStart = false;
  for (const o of p.opts) {
    if (o.key !== 'n' && o.key !== 'c') continue;
    const v = o.value as string;
    fromStart = v.startsWith('+');
    const n = parseCount(v.replace(/^[-+]/, ''));
    if (n === null) die(`invalid number of ${o.key === 'n' ? 'lines' : 'bytes'}: ${q(v)}`);
    mode = o.key;
    count = n;
  }
  const files = p.operands.length ? p.operands : ['-'];
  let headers = files.length > 1;
  for (const o of p.opts) if (o.key === 'q' || o.key === 'v') headers = o.key === 'v';
  let first = true;
  const status = await eachInput(
    files,
    (data, f) => {
      if (headers) out(`${first ? '' : '\n'}==> ${f === '-' ? 'standard input' : f} <==\n`);
      first = false;
      if (mode === 'c') {
        out(
          fromStart ? data.subarray(Math.max(0, count - 1)) : data.subarray(Math.max(0, data.length - count)),
        );
      } else out(lastLines(data, count, fromStart, p.has('z') ? 0 : 10));
    },
    { warn: warnCannotOpen },
  );
  const named = files.filter((f) => f !== '-');
  if (!follow || named.length === 0) return status;
  await followFiles(named, headers, Number(p.get('s') ?? 1));
  return status;
});

/** tail -f: print what is appended to each file, polling its size; never returns. */
async function followFiles(files: string[], headers: boolean, seconds: number): Promise<never> {
  const sizes = new Map<string, number>();
  for (const f of files) {
    try {
      sizes.set(f, fs.statSync(f).size);
    } catch {
      sizes.set(f, 0);
    }
  }
  let last = files[files.length - 1];
  for (;;) {
    await flush();
    await delay(Math.max(0.05, seconds) * 1000);
    for (const f of files) {
      let size: number;
      try {
        size = fs.statSync(f).size;
      } catch {
        continue;
      }
      const old = sizes.get(f) ?? 0;
      if (size < old) warn(`${f}: file truncated`);
      if (size === old) continue;
      const from = size < old ? 0 : old;
      const fd = fs.openSync(f, 'r');
      const buf = new Uint8Array(size - from);
      const n = fs.readSync(fd, buf, 0, buf.length, from);
      fs.closeSync(fd);
      if (headers && last !== f) out(`\n==> ${f} <==\n`);
      last = f;
      out(buf.subarray(0, n));
      sizes.set(f, from + n);
    }
  }
}

// Guest zone (userland): cat(1): concatenate files (`-` is stdin), with -n, -b, -s, -E, -T, -A, -v.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out, pump, streamStdin } from './lib/io.js';
import { run } from './lib/main.js';

run('cat', async (argv) => {
  const p = getopt(argv, {
    short: 'AbeEnstTuv',
    long: {
      'show-all': ['none', 'A'],
      'number-nonblank': ['none', 'b'],
      'show-ends': ['none', 'E'],
      number: ['none', 'n'],
      'squeeze-blank': ['none', 's'],
      'show-tabs': ['none', 'T'],
      'show-nonprinting': ['none', 'v'],
    },
  });
  let [nb, ends, num, squeeze, tabs, nonp] = [false, false, false, false, false, false];
  for (const o of p.opts) {
    if (o.key === 'A') [nonp, ends, tabs] = [true, true, true];
    else if (o.key === 'b') nb = true;
    else if (o.key === 'e') [nonp, ends] = [true, true];
    else if (o.key === 'E') ends = true;
    else if (o.key === 'n') num = true;
    else if (o.key === 's') squeeze = true;
    else if (o.key === 't') [nonp, tabs] = [true, true];
    else if (o.key === 'T') tabs = true;
    else if (o.key === 'v') nonp = true;
  }
  const plain = !(nb || ends || num || squeeze || tabs || nonp);
  let lineNo = 0;
  let blankRun = 0;
  let atLineStart = true;
  const format = (data: Uint8Array) => {
    let s = latin1(data);
    const parts = s.split('\n');
    let r = '';
    for (let i = 0; i < parts.length; i++) {
      const last = i === parts.length - 1;
      let line = parts[i] as string;
      if (last && line === '') break;
      const blank = atLineStart && line === '';
      if (blank && !last) blankRun++;
      else if (!last || line !== '') blankRun = 0;
      if (squeeze && blank && blankRun > 1 && !last) continue;
      if (atLineStart && (num || nb) && !(nb && blank && !last)) r += `${String(++lineNo).padStart(6)}\t`;
      if (nonp) line = showNonprinting(line);
      if (tabs) line = line.replace(/\t/g, '^I');
      r += line;
      if (!last) {
        r += ends ? '$\n' : '\n';
        atLineStart = true;
      } else atLineStart = false;
    }
    s = r;
    return latin1Bytes(s);
  };
  // Plain stdin is copied as it comes, waiting for a slow reader between chunks.
  const claim = async (f: string): Promise<boolean> => {
    if (f !== '-' || !plain) return false;
    await streamStdin(async (c) => {
      out(c);
      await pump();
      return true;
    });
    return true;
  };
  return eachInput(p.operands, (data) => out(plain ? data : format(data)), { claim });
});

function showNonprinting(line: string): string {
  let r = '';
  for (const ch of line) {
    let c = ch.charCodeAt(0);
    if (c === 9) {
      r += ch;
      continue;
    }
    if (c >= 128) {
      r += 'M-';
      c -= 128;
    }
    if (c < 32) r += `^${String.fromCharCode(c + 64)}`;
    else if (c === 127) r += '^?';
    else r += String.fromCharCode(c);
  }
  return r;
}

// Guest zone (userland): fold(1): wrap lines at WIDTH columns (-w, default 80), -s to break after
// the last blank that fits, -b to count bytes (the C locale counts bytes anyway; tabs move to the
// next multiple of 8 and backspace steps back, as GNU counts columns).
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, q } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out } from './lib/io.js';
import { run } from './lib/main.js';

function fold(line: string, width: number, spaces: boolean, bytes: boolean): string {
  let outText = '';
  let cur = '';
  let col = 0;
  const adv = (c: string, at: number) =>
    bytes
      ? at + 1
      : c === '\t'
        ? at + 8 - (at % 8)
        : c === '\b'
          ? Math.max(0, at - 1)
          : c === '\r'
            ? 0
            : at + 1;
  for (const c of line) {
    if (adv(c, col) > width) {
      const blank = spaces ? Math.max(cur.lastIndexOf(' '), cur.lastIndexOf('\t')) : -1;
      if (blank >= 0) {
        outText += `${cur.slice(0, blank + 1)}\n`;
        cur = cur.slice(blank + 1);
      } else {
        outText += `${cur}\n`;
        cur = '';
      }
      col = 0;
      for (const k of cur) col = adv(k, col);
    }
    cur += c;
    col = adv(c, col);
  }
  return outText + cur;
}

run('fold', async (argv) => {
  const args = argv.map((a) => (/^-\d+$/.test(a) ? `-w${a.slice(1)}` : a));
  const p = getopt(args, {
    short: 'bsw:',
    long: { bytes: ['none', 'b'], spaces: ['none', 's'], width: ['required', 'w'] },
  });
  const w = p.get('w') ?? '80';
  if (!/^\d+$/.test(w) || Number(w) < 1) die(`invalid number of columns: ${q(w)}`);
  return eachInput(p.operands, (data) => {
    const text = latin1(data)
      .split('\n')
      .map((l) => fold(l, Number(w), p.has('s'), p.has('b')))
      .join('\n');
    out(latin1Bytes(text));
  });
});

// Guest zone (userland): seq(1): FIRST [INCREMENT] LAST, with -s SEP, -w equal width, -f FORMAT.
import { cFloat } from './lib/cfloat.js';
import { die, q, usageError } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, pump } from './lib/io.js';
import { run } from './lib/main.js';

const decimals = (s: string) =>
  (/\.(\d+)/.exec(s)?.[1]?.length ?? 0) + (/e-(\d+)/i.test(s) ? Number(/e-(\d+)/i.exec(s)?.[1]) : 0);

run('seq', async (argv) => {
  // Negative numbers are operands, not options.
  const args = argv.map((a) => (/^-\d/.test(a) || /^-\.\d/.test(a) ? `\u0000${a}` : a));
  const p = getopt(args, {
    short: 's:wf:',
    long: { separator: ['required', 's'], 'equal-width': ['none', 'w'], format: ['required', 'f'] },
  });
  const ops = p.operands.map((o) => o.replace(/^\u0000/, ''));
  if (ops.length === 0) usageError('missing operand');
  if (ops.length > 3) usageError(`extra operand ${q(ops[3] as string)}`);
  for (const o of ops)
    if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(o))
      usageError(`invalid floating point argument: ${q(o)}`);
  const [a, b, c] = ops.length === 1 ? ['1', '1', ops[0]] : ops.length === 2 ? [ops[0], '1', ops[1]] : ops;
  const first = Number(a);
  const step = Number(b);
  const last = Number(c);
  if (step === 0) usageError(`invalid Zero increment value: ${q(b as string)}`);
  const prec = Math.max(decimals(a as string), decimals(b as string));
  const sep = p.get('s') ?? '\n';
  const fmt = p.get('f');
  let width = 0;
  if (p.has('w')) width = Math.max(first.toFixed(prec).length, last.toFixed(prec).length);
  const render = (v: number): string => {
    if (fmt) {
      const m = /%([-+ 0#]*)(\d*)(?:\.(\d+))?([gfeGFE])/.exec(fmt);
      if (!m) die(`format ${q(fmt)} has no % directive`);
      const pr = m[3] === undefined ? 6 : Number(m[3]);
      let s = cFloat(v, m[4] as string, pr, m[1]?.includes('#'));
      if (m[2])
        s = m[1]?.includes('-')
          ? s.padEnd(Number(m[2]))
          : s.padStart(Number(m[2]), m[1]?.includes('0') ? '0' : ' ');
      return fmt.replace(m[0], s).replace(/%%/g, '%');
    }
    let s = v.toFixed(prec);
    if (width) s = v < 0 ? `-${s.slice(1).padStart(width - 1, '0')}` : s.padStart(width, '0');
    return s;
  };
  let n = 0;
  let any = false;
  for (let i = 0; ; i++) {
    const v = first + i * step;
    if (step > 0 ? v > last + 1e-10 : v < last - 1e-10) break;
    out((any ? sep : '') + render(Number(v.toFixed(Math.max(prec, 0) + 10))));
    any = true;
    if (++n % 4096 === 0) await pump();
  }
  if (any) out('\n');
  return 0;
});

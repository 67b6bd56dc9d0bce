// Guest zone (userland): touch(1): create files or set their times (-c no create, -a, -m, -d, -r, -t).
import { parseDate } from './lib/date-parse.js';
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

function parseStamp(t: string): number | null {
  const m = /^(?:(\d\d)?(\d\d))?(\d\d)(\d\d)(\d\d)(\d\d)(?:\.(\d\d))?$/.exec(t);
  if (!m) return null;
  const yy =
    m[2] === undefined
      ? new Date().getUTCFullYear()
      : Number(m[1] ?? (Number(m[2]) < 69 ? 20 : 19)) * 100 + Number(m[2]);
  return Date.UTC(yy, Number(m[3]) - 1, Number(m[4]), Number(m[5]), Number(m[6]), Number(m[7] ?? 0));
}

run('touch', (argv) => {
  const p = getopt(argv, {
    short: 'acd:fhmr:t:',
    long: {
      'no-create': ['none', 'c'],
      date: ['required', 'd'],
      reference: ['required', 'r'],
      'no-dereference': ['none', 'h'],
      time: ['required', 'T'],
    },
  });
  if (p.operands.length === 0) usageError('missing file operand');
  let when = Date.now();
  const d = p.get('d');
  const t = p.get('t');
  const r = p.get('r');
  if (d !== undefined) {
    const v = parseDate(d);
    if (v === null) {
      warn(`invalid date format ${q(d)}`);
      return 1;
    }
    when = v;
  }
  if (t !== undefined) {
    const v = parseStamp(t);
    if (v === null) {
      warn(`invalid date format ${q(t)}`);
      return 1;
    }
    when = v;
  }
  let refAtime: number | null = null;
  if (r !== undefined) {
    try {
      const st = fs.statSync(r);
      when = st.mtimeMs;
      refAtime = st.atimeMs;
    } catch (e) {
      warn(`failed to get attributes of ${q(r)}: ${strerror(e)}`);
      return 1;
    }
  }
  const onlyA = p.has('a') && !p.has('m');
  const onlyM = p.has('m') && !p.has('a');
  let status = 0;
  for (const f of p.operands) {
    if (f === '-') continue;
    try {
      let st = null;
      try {
        st = fs.statSync(f);
      } catch (e) {
        if ((e as { code?: string }).code !== 'ENOENT') throw e;
        if (p.has('c')) continue;
        fs.writeFileSync(f, '', { flag: 'a' });
      }
      const atime = onlyM && st ? st.atimeMs : (refAtime ?? when);
      const mtime = onlyA && st ? st.mtimeMs : when;
      fs.utimesSync(f, atime / 1000, mtime / 1000);
    } catch (e) {
      warn(`cannot touch ${q(f)}: ${strerror(e)}`);
      status = 1;
    }
  }
  return status;
});

// Guest zone (userland): diff(1): compare two files line by line: normal output, -u/-U N unified
// (with --label), -q brief, -s, -i, -b, -w, -B, -r/-N over directories; exit 0 same, 1 different,
// 2 trouble.
import { latin1 } from './lib/bytes.js';
import { q, setPrefixedHint, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readInput } from './lib/io.js';
import { type Change, diffLines } from './lib/lcs.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { strftime } from './lib/strftime.js';

const NO_NL = '\\ No newline at end of file\n';

run('diff', async (argv) => {
  setPrefixedHint(true);
  const p = getopt(argv, {
    short: 'uU:qsibwBNar',
    usageStatus: 2,
    long: {
      unified: ['optional', 'u'],
      brief: ['none', 'q'],
      'report-identical-files': ['none', 's'],
      'ignore-case': ['none', 'i'],
      'ignore-space-change': ['none', 'b'],
      'ignore-all-space': ['none', 'w'],
      'ignore-blank-lines': ['none', 'B'],
      label: ['required', 'L'],
      text: ['none', 'a'],
      'new-file': ['none', 'N'],
      recursive: ['none', 'r'],
    },
  });
  if (p.operands.length < 2)
    usageError(
      p.operands.length ? `missing operand after ${q(p.operands[0] as string)}` : 'missing operand',
      2,
    );
  if (p.operands.length > 2) usageError(`extra operand ${q(p.operands[2] as string)}`, 2);
  // The options as given, for the `diff -r a/f b/f` line before each file's differences.
  const switches = argv.slice(0, argv.length - 2).filter((a) => a.startsWith('-'));
  let [fa, fb] = p.operands as [string, string];
  if (isDir(fa) && isDir(fb)) return diffDirs(fa, fb);
  if (isDir(fa) && !isDir(fb)) fa = `${fa}/${fb.split('/').pop()}`;
  else if (isDir(fb) && !isDir(fa)) fb = `${fb}/${fa.split('/').pop()}`;
  return diffFiles(fa, fb);

  /** Two directories: each name in either, in order; files compared, subdirectories with -r. */
  async function diffDirs(da: string, db: string): Promise<number> {
    const list = (d: string) => new Set(fs.readdirSync(d));
    const na = list(da);
    const nb = list(db);
    let status = 0;
    for (const n of [...new Set([...na, ...nb])].sort()) {
      const a = `${da.replace(/\/+$/, '')}/${n}`;
      const b = `${db.replace(/\/+$/, '')}/${n}`;
      if (!na.has(n) || !nb.has(n)) {
        if (p.has('N') && !isDir(na.has(n) ? a : b)) {
          status = Math.max(status, await diffFiles(a, b, true));
          continue;
        }
        out(`Only in ${na.has(n) ? da : db}: ${n}\n`);
        status = Math.max(status, 1);
      } else if (isDir(a) && isDir(b)) {
        if (p.has('r')) status = Math.max(status, await diffDirs(a, b));
        else out(`Common subdirectories: ${a} and ${b}\n`);
      } else if (isDir(a) || isDir(b)) {
        const kind = (f: string) => (isDir(f) ? 'directory' : 'regular file');
        out(`File ${a} is a ${kind(a)} while file ${b} is a ${kind(b)}\n`);
        status = Math.max(status, 1);
      } else status = Math.max(status, await diffFiles(a, b, true));
    }
    return status;
  }

  /** Two files; `inTree` puts GNU's `diff OPTIONS a b` line before a difference found by -r. */
  async function diffFiles(fa: string, fb: string, inTree = false): Promise<number> {
    const load = async (f: string): Promise<string | null> => {
      try {
        return latin1(await readInput(f));
      } catch (e) {
        if (p.has('N') && (e as { code?: string }).code === 'ENOENT') return '';
        warn(`${f}: ${strerror(e)}`);
        return null;
      }
    };
    const ta = await load(fa);
    const tb = await load(fb);
    if (ta === null || tb === null) return 2;
    const split = (t: string) => {
      const lines = t.split('\n');
      const nl = t.endsWith('\n') || t === '';
      if (nl) lines.pop();
      return { lines, nl };
    };
    const A = split(ta);
    const B = split(tb);
    const norm = (s: string) => {
      let r = s;
      if (p.has('i')) r = r.toLowerCase();
      if (p.has('w')) r = r.replace(/[ \t]+/g, '');
      else if (p.has('b')) r = r.replace(/[ \t]+/g, ' ').replace(/ $/, '');
      return r;
    };
    const eq = (x: string, y: string) => norm(x) === norm(y);
    // A missing final newline makes the last lines differ even when their text is equal.
    const la = A.lines.map((l, i) => (i === A.lines.length - 1 && !A.nl ? `${l}\u0000nonl` : l));
    const lb = B.lines.map((l, i) => (i === B.lines.length - 1 && !B.nl ? `${l}\u0000nonl` : l));
    let changes = diffLines(la, lb, eq);
    if (p.has('B'))
      changes = changes.filter(
        (c) =>
          !(
            la.slice(c.aStart, c.aEnd).every((l) => l.trim() === '') &&
            lb.slice(c.bStart, c.bEnd).every((l) => l.trim() === '')
          ),
      );
    if (changes.length === 0) {
      if (p.has('s')) out(`Files ${fa} and ${fb} are identical\n`);
      return 0;
    }
    if (p.has('q')) {
      out(`Files ${fa} and ${fb} differ\n`);
      return 1;
    }
    if (inTree) out(`diff ${switches.join(' ')} ${fa} ${fb}\n`);
    const show = (l: string) => (l.endsWith('\u0000nonl') ? `${l.slice(0, -5)}\n${NO_NL}` : `${l}\n`);
    if (p.has('u') || p.has('U')) {
      const ctx = Number(p.get('U') ?? p.get('u') ?? 3);
      const labels = p.all('L');
      const stamp = (f: string) => {
        try {
          const ms = f === '-' ? Date.now() : fs.statSync(f).mtimeMs;
          return strftime('%Y-%m-%d %H:%M:%S.%N +0000', Math.floor(ms), Math.round((ms % 1000) * 1e6));
        } catch {
          return '';
        }
      };
      out(`--- ${labels[0] ?? `${fa}\t${stamp(fa)}`}\n+++ ${labels[1] ?? `${fb}\t${stamp(fb)}`}\n`);
      const groups: Change[][] = [];
      for (const c of changes) {
        const g = groups[groups.length - 1];
        const prev = g?.[g.length - 1];
        if (g && prev && c.aStart - prev.aEnd <= 2 * ctx) g.push(c);
        else groups.push([c]);
      }
      for (const g of groups) {
        const first = g[0] as Change;
        const last = g[g.length - 1] as Change;
        const a0 = Math.max(0, first.aStart - ctx);
        const b0 = Math.max(0, first.bStart - ctx);
        const a1 = Math.min(la.length, last.aEnd + ctx);
        const b1 = Math.min(lb.length, last.bEnd + ctx);
        const range = (s: number, n: number) => (n === 1 ? `${s + 1}` : `${n === 0 ? s : s + 1},${n}`);
        out(`@@ -${range(a0, a1 - a0)} +${range(b0, b1 - b0)} @@\n`);
        let ai = a0;
        for (const c of g) {
          for (; ai < c.aStart; ai++) out(` ${show(la[ai] as string)}`);
          for (let k = c.aStart; k < c.aEnd; k++) out(`-${show(la[k] as string)}`);
          for (let k = c.bStart; k < c.bEnd; k++) out(`+${show(lb[k] as string)}`);
          ai = c.aEnd;
        }
        for (; ai < a1; ai++) out(` ${show(la[ai] as string)}`);
      }
      return 1;
    }
    for (const c of changes) {
      const r = (s: number, e: number) => (e - s <= 1 ? `${e - s === 0 ? s : e}` : `${s + 1},${e}`);
      const kind = c.aStart === c.aEnd ? 'a' : c.bStart === c.bEnd ? 'd' : 'c';
      out(`${r(c.aStart, c.aEnd)}${kind}${r(c.bStart, c.bEnd)}\n`);
      for (let k = c.aStart; k < c.aEnd; k++) out(`< ${show(la[k] as string)}`);
      if (kind === 'c') out('---\n');
      for (let k = c.bStart; k < c.bEnd; k++) out(`> ${show(lb[k] as string)}`);
    }
    return 1;
  }
});

function isDir(f: string): boolean {
  try {
    return f !== '-' && fs.statSync(f).isDirectory();
  } catch {
    return false;
  }
}

// Guest zone (userland): grep(1): -E -F -G -P, -e/-f patterns, -i -v -w -x, -n -c -l -L -o -q -s -h -H,
// -r/-R recursion (--include, --exclude, --exclude-dir), -m NUM, -A/-B/-C context, -b, -z/-Z; exit 0
// on a match, 1 on none, 2 on error. Lines are bytes (latin1 strings), as GNU grep in the C locale.
import { latin1, latin1Bytes, utf8Bytes } from './lib/bytes.js';
import { prog, q, strerror, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { globToRegex } from './lib/glob.js';
import { out, readInput, splitLines } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc, type Stats } from './lib/node.js';
import { escapeLiteral, posixToJs } from './lib/regex.js';

run('grep', async (argv) => {
  const p = getopt(argv, {
    short: 'EFGPe:f:ivwxnclLoqshHrRm:A:B:C:aIybzZ',
    usageStatus: 2,
    long: {
      'extended-regexp': ['none', 'E'],
      'fixed-strings': ['none', 'F'],
      'basic-regexp': ['none', 'G'],
      'perl-regexp': ['none', 'P'],
      regexp: ['required', 'e'],
      file: ['required', 'f'],
      'ignore-case': ['none', 'i'],
      'invert-match': ['none', 'v'],
      'word-regexp': ['none', 'w'],
      'line-regexp': ['none', 'x'],
      'line-number': ['none', 'n'],
      count: ['none', 'c'],
      'files-with-matches': ['none', 'l'],
      'files-without-match': ['none', 'L'],
      'only-matching': ['none', 'o'],
      quiet: ['none', 'q'],
      silent: ['none', 'q'],
      'no-messages': ['none', 's'],
      'no-filename': ['none', 'h'],
      'with-filename': ['none', 'H'],
      recursive: ['none', 'r'],
      'dereference-recursive': ['none', 'R'],
      'max-count': ['required', 'm'],
      'after-context': ['required', 'A'],
      'before-context': ['required', 'B'],
      context: ['required', 'C'],
      color: ['optional', 'K'],
      colour: ['optional', 'K'],
      include: ['required', 'N'],
      exclude: ['required', 'X'],
      'exclude-dir': ['required', 'D'],
      'byte-offset': ['none', 'b'],
      'null-data': ['none', 'z'],
      null: ['none', 'Z'],
      text: ['none', 'a'],
      label: ['required', 'J'],
    },
  });
  let ops = p.operands;
  let patterns: string[] = [];
  for (const o of p.opts) {
    if (o.key === 'e') patterns.push(...bytesOf(o.value as string).split('\n'));
    if (o.key === 'f') {
      try {
        patterns.push(...splitLines(latin1(await readInput(o.value as string))).lines);
      } catch (e) {
        warn(`${o.value}: ${strerror(e)}`);
        return 2;
      }
    }
  }
  if (!p.has('e') && !p.has('f')) {
    if (ops.length === 0) {
      proc_usage();
      return 2;
    }
    patterns = bytesOf(ops[0] as string).split('\n');
    ops = ops.slice(1);
  }
  let kind: 'E' | 'F' | 'G' | 'P' = 'G';
  for (const o of p.opts) if (o.key === 'E' || o.key === 'F' || o.key === 'G' || o.key === 'P') kind = o.key;
  const icase = p.has('i') || p.has('y');
  let re: RegExp;
  try {
    // -P: Perl syntax is close to JavaScript's own (\d, \s, lookaround, lazy quantifiers).
    const srcs = patterns.map((pt) =>
      kind === 'F' ? escapeLiteral(pt) : kind === 'P' ? pt : posixToJs(pt, kind === 'E'),
    );
    let body = srcs.map((s) => `(?:${s})`).join('|');
    if (p.has('x')) body = `^(?:${body})$`;
    else if (p.has('w')) body = `(?<![A-Za-z0-9_])(?:${body})(?![A-Za-z0-9_])`;
    re = new RegExp(body, `g${icase ? 'i' : ''}`);
  } catch (e) {
    warn(
      e instanceof SyntaxError && e.message.startsWith('Unmatched')
        ? e.message
        : 'Invalid regular expression',
    );
    return 2;
  }
  const recursive = p.has('r') || p.has('R');
  // With no operand, -r searches `.` but names files without the `./` prefix (as GNU grep does).
  const implicitDot = ops.length === 0 && recursive;
  if (ops.length === 0) ops = recursive ? ['.'] : ['-'];
  const includes = p.all('N').map((g) => globToRegex(g, false, false));
  const excludes = p.all('X').map((g) => globToRegex(g, false, false));
  const excludeDirs = p.all('D').map((g) => globToRegex(g, false, false));
  const files: string[] = [];
  let status = 1;
  let error = false;
  const walk = (path: string, top: boolean) => {
    let st: Stats;
    try {
      st = top || p.has('R') ? fs.statSync(path) : fs.lstatSync(path);
    } catch (e) {
      if (!p.has('s')) warn(`${path}: ${strerror(e)}`);
      error = true;
      return;
    }
    if (st.isDirectory()) {
      if (!recursive) {
        if (!p.has('s')) warn(`${path}: Is a directory`);
        error = true;
        return;
      }
      const dirName = path.replace(/\/+$/, '').split('/').pop() as string;
      if (!top && excludeDirs.some((re) => re.test(dirName))) return;
      for (const n of fs.readdirSync(path).sort())
        walk(path === '.' && top && implicitDot ? n : `${path.replace(/\/$/, '')}/${n}`, false);
      return;
    }
    if (st.isSymbolicLink()) return;
    // --include/--exclude filter by base name, for files found while recursing (as GNU does).
    const base = path.split('/').pop() as string;
    if (!top && includes.length && !includes.some((re) => re.test(base))) return;
    if (!top && excludes.some((re) => re.test(base))) return;
    files.push(path);
  };
  for (const o of ops) {
    if (o === '-') files.push(o);
    else walk(o, true);
  }
  const withName = p.has('H') || (!p.has('h') && (files.length > 1 || recursive || ops.length > 1));
  const max = p.has('m') ? Number(p.get('m')) : Number.POSITIVE_INFINITY;
  const after = Number(p.get('A') ?? p.get('C') ?? 0);
  const before = Number(p.get('B') ?? p.get('C') ?? 0);
  const eol = p.has('z') ? '\0' : '\n';
  const emit = (s: string) => out(latin1Bytes(s));
  const matches = (line: string) => {
    re.lastIndex = 0;
    return re.test(line) !== p.has('v');
  };
  for (const f of files) {
    let text: string;
    try {
      text = latin1(await readInput(f));
    } catch (e) {
      if (!p.has('s')) warn(`${f}: ${strerror(e)}`);
      error = true;
      continue;
    }
    const name = bytesOf(f === '-' ? (p.get('J') ?? '(standard input)') : f);
    const { lines } = splitLines(text, eol);
    // -b: each line's byte offset in the file (latin1: one char per byte).
    const offsets: number[] = [];
    if (p.has('b'))
      for (let i = 0, at = 0; i < lines.length; at += (lines[i] as string).length + 1, i++) offsets.push(at);
    const sep = p.has('Z') ? '\0' : null;
    const lead = (i: number, mark: string, at = offsets[i] ?? 0) =>
      `${withName ? `${name}${sep ?? mark}` : ''}${p.has('n') ? `${i + 1}${mark}` : ''}${p.has('b') ? `${at}${mark}` : ''}`;
    let count = 0;
    let lastPrinted = -1;
    let afterLeft = 0;
    for (let i = 0; i < lines.length && count < max; i++) {
      const line = lines[i] as string;
      const hit = matches(line);
      if (!hit) {
        if (afterLeft > 0 && !p.has('c') && !p.has('l') && !p.has('L') && !p.has('q')) {
          emit(`${lead(i, '-')}${line}${eol}`);
          lastPrinted = i;
          afterLeft--;
        }
        continue;
      }
      count++;
      status = 0;
      if (p.has('q')) return 0;
      if (p.has('c') || p.has('l') || p.has('L')) continue;
      if (before || after) {
        const from = Math.max(lastPrinted + 1, i - before);
        if (lastPrinted >= 0 && from > lastPrinted + 1) out('--\n');
        for (let k = from; k < i; k++) emit(`${lead(k, '-')}${lines[k]}${eol}`);
      }
      if (p.has('o') && !p.has('v')) {
        re.lastIndex = 0;
        for (const m of line.matchAll(re))
          if (m[0] !== '') emit(`${lead(i, ':', (offsets[i] ?? 0) + m.index)}${m[0]}${eol}`);
      } else if (!p.has('o')) emit(`${lead(i, ':')}${line}${eol}`);
      lastPrinted = i;
      afterLeft = after;
    }
    if (p.has('c')) emit(`${withName ? `${name}${sep ?? ':'}` : ''}${count}\n`);
    if (p.has('l') && count > 0) emit(`${name}${sep ?? '\n'}`);
    if (p.has('L') && count === 0) emit(`${name}${sep ?? '\n'}`);
  }
  return error && !(p.has('q') && status === 0) ? 2 : status;
});

/** An argument (UTF-8 text) as the bytes it stands for, one char per byte like the input lines. */
function bytesOf(s: string): string {
  return latin1(utf8Bytes(s));
}

function proc_usage(): void {
  proc.stderr.write(
    `Usage: ${prog()} [OPTION]... PATTERNS [FILE]...\nTry '${prog()} --help' for more information.\n`,
  );
  void q;
}

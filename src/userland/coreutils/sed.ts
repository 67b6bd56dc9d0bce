// Guest zone (userland): sed(1): stream editor over files or stdin with -n, -e, -f, -E/-r, -i[SUFFIX],
// -s; the script language is parsed by lib/sed-script.ts.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { q, strerror, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readInput, splitLines } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';
import { type Addr, type Cmd, parseScript } from './lib/sed-script.js';

function substitute(line: string, c: Cmd, lastRe: RegExp | null): [string, boolean] {
  const re = c.re ?? lastRe;
  if (!re) return [line, false];
  re.lastIndex = 0;
  let n = 0;
  let did = false;
  let prevEnd = -1;
  const result = line.replace(re, (...m: unknown[]) => {
    const whole = m[0] as string;
    const at = m[m.length - 2] as number;
    // POSIX (and GNU): an empty match right where the previous match ended is not a match.
    if (whole === '' && at === prevEnd) return whole;
    prevEnd = at + whole.length;
    n++;
    if ((c.nth && n < c.nth) || (!c.global && did) || (c.global && c.nth && n < c.nth)) return whole;
    if (!c.global && c.nth && n !== c.nth) return whole;
    did = true;
    const groups = m.slice(1, -2) as (string | undefined)[];
    let r = '';
    const repl = c.repl as string;
    let caseMode = '';
    // GNU's \u and \l change the case of the next character only, over any \U or \L.
    let once = '';
    const add = (s: string) => {
      let t = caseMode === 'U' ? s.toUpperCase() : caseMode === 'L' ? s.toLowerCase() : s;
      if (once && t) {
        t = (once === 'u' ? (t[0] as string).toUpperCase() : (t[0] as string).toLowerCase()) + t.slice(1);
        once = '';
      }
      r += t;
    };
    for (let i = 0; i < repl.length; i++) {
      const ch = repl[i] as string;
      if (ch === '&') add(whole);
      else if (ch === '\\' && i + 1 < repl.length) {
        const nx = repl[++i] as string;
        if (/\d/.test(nx)) add(nx === '0' ? whole : (groups[Number(nx) - 1] ?? ''));
        else if (nx === 'n') add('\n');
        else if (nx === 't') add('\t');
        else if (nx === 'U' || nx === 'L') caseMode = nx;
        else if (nx === 'E') caseMode = '';
        else if (nx === 'u' || nx === 'l') once = nx;
        else add(nx);
      } else add(ch);
    }
    return r;
  });
  return [result, did];
}

run('sed', async (argv) => {
  const p = getopt(argv, {
    short: 'ne:f:Eri::sz',
    long: {
      quiet: ['none', 'n'],
      silent: ['none', 'n'],
      expression: ['required', 'e'],
      file: ['required', 'f'],
      'regexp-extended': ['none', 'E'],
      'in-place': ['optional', 'i'],
      'follow-symlinks': ['none', 'F'],
      separate: ['none', 's'],
      'null-data': ['none', 'z'],
      posix: ['none', 'P'],
      debug: ['none', 'D'],
    },
  });
  let ops = p.operands;
  const parts: string[] = [];
  for (const o of p.opts) {
    if (o.key === 'e') parts.push(o.value as string);
    if (o.key === 'f') parts.push((await readInput(o.value as string)).toString('utf8').replace(/\n$/, ''));
  }
  if (parts.length === 0) {
    if (ops.length === 0) usageError(null);
    parts.push(ops[0] as string);
    ops = ops.slice(1);
  }
  const cmds = parseScript(parts.join('\n'), p.has('E') || p.has('r'));
  const labels = new Map<string, number>();
  for (let i = 0; i < cmds.length; i++) if (cmds[i]?.name === ':') labels.set(cmds[i]?.label as string, i);
  for (const c of cmds)
    if ((c.name === 'b' || c.name === 't' || c.name === 'T') && c.label && !labels.has(c.label)) {
      warn(`-e expression #1, char 0: can't find label for jump to \`${c.label}'`);
      return 1;
    }
  const quiet = p.has('n');
  const inPlace = p.has('i');
  const sep = p.has('z') ? '\0' : '\n';
  const files = ops.length ? ops : ['-'];
  let status = 0;
  const inputs: { name: string; lines: string[]; terminated: boolean }[] = [];
  for (const f of files) {
    try {
      const { lines, terminated } = splitLines(latin1(await readInput(f)), sep);
      inputs.push({ name: f, lines, terminated });
    } catch (e) {
      warn(`can't read ${f}: ${strerror(e)}`);
      status = 2;
    }
  }
  const separate = inPlace || p.has('s');
  const groups = separate ? inputs.map((x) => [x]) : [inputs];
  let lastRe: RegExp | null = null;
  let quitCode: number | null = null;
  for (const group of groups) {
    const all = group.flatMap((g) => g.lines);
    const lastTerminated = group.length
      ? (group[group.length - 1] as { terminated: boolean }).terminated
      : true;
    let r = '';
    const emit = (s: string, nl = true) => {
      r += s + (nl ? sep : '');
    };
    let hold = '';
    let lineNo = 0;
    let idx = 0;
    for (const c of cmds) c.active = false;
    const matchAddr = (a: Addr, ps: string): boolean => {
      if (a.kind === 'line') return lineNo === a.n;
      if (a.kind === 'last') return idx === all.length;
      if (a.kind === 'step')
        return a.step <= 0 ? lineNo === a.first : lineNo >= a.first && (lineNo - a.first) % a.step === 0;
      const re = a.re ?? lastRe;
      if (!re) return false;
      if (a.re) lastRe = a.re;
      re.lastIndex = 0;
      return re.test(ps);
    };
    const selected = (c: Cmd, ps: string): boolean => {
      let hit: boolean;
      // GNU's `0,/re/`: the range is open before line 1, so /re/ may end it on line 1 itself.
      if (lineNo === 1 && c.a1?.kind === 'line' && c.a1.n === 0 && c.a2?.kind === 're') c.active = true;
      if (!c.a1) hit = true;
      else if (!c.a2) hit = matchAddr(c.a1, ps);
      else if (c.active) {
        const a2 = c.a2;
        if (a2.kind === 'line' && a2.n < 0) {
          if (lineNo >= (c.int as number)) c.active = false;
        } else if (a2.kind === 'line') {
          if (lineNo >= a2.n) c.active = false;
        } else if (matchAddr(a2, ps)) c.active = false;
        hit = true;
      } else if (matchAddr(c.a1, ps)) {
        hit = true;
        const a2 = c.a2;
        if (a2.kind === 'line' && a2.n < 0) {
          c.int = lineNo - a2.n;
          c.active = -a2.n > 0;
        } else
          c.active = !(a2.kind === 'line' && a2.n <= lineNo) && !(a2.kind === 'last' && idx === all.length);
      } else hit = false;
      return hit !== c.negate;
    };
    while (idx < all.length && quitCode === null) {
      let ps = all[idx++] as string;
      lineNo++;
      let append = '';
      let deleted = false;
      let substituted = false;
      let restart = false;
      let autoprint = !quiet;
      for (let pc = 0; pc < cmds.length; pc++) {
        const c = cmds[pc] as Cmd;
        if (c.name === '}' || c.name === ':') continue;
        if (!selected(c, ps)) {
          if (c.name === '{') pc = c.end as number;
          continue;
        }
        switch (c.name) {
          case '{':
            break;
          case 's': {
            const [nps, did] = substitute(ps, c, lastRe);
            if (c.re) lastRe = c.re;
            if (did) {
              ps = nps;
              substituted = true;
              if (c.print) emit(ps);
              if (c.wfile) fs.writeFileSync(c.wfile, ps + sep, { flag: 'a' });
            }
            break;
          }
          case 'y':
            ps = [...ps].map((ch) => c.map?.get(ch) ?? ch).join('');
            break;
          case 'd':
            deleted = true;
            break;
          case 'D': {
            const nl = ps.indexOf('\n');
            if (nl < 0) deleted = true;
            else {
              ps = ps.slice(nl + 1);
              restart = true;
            }
            break;
          }
          case 'p':
            emit(ps);
            break;
          case 'P':
            emit(ps.split('\n')[0] as string);
            break;
          case '=':
            emit(String(lineNo));
            break;
          case 'l':
            emit(
              `${[...ps].map((ch) => (ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : ch.charCodeAt(0) < 32 || ch.charCodeAt(0) > 126 ? `\\${ch.charCodeAt(0).toString(8).padStart(3, '0')}` : ch)).join('')}$`,
            );
            break;
          case 'r':
            // The file's contents are queued like `a` text; a missing file is silently nothing (GNU).
            try {
              append += latin1(fs.readFileSync(c.wfile as string));
            } catch {
              // unreadable: nothing to add
            }
            break;
          case 'a':
            append += (c.text as string) + sep;
            break;
          case 'i':
            emit(c.text as string);
            break;
          case 'c':
            if (!c.a2 || !c.active) emit(c.text as string);
            deleted = true;
            break;
          case 'n':
            if (idx >= all.length) {
              pc = cmds.length;
              break;
            }
            if (autoprint) emit(ps);
            r += append;
            append = '';
            ps = all[idx++] as string;
            lineNo++;
            break;
          case 'N':
            if (idx >= all.length) {
              pc = cmds.length;
              break;
            }
            ps += `\n${all[idx++]}`;
            lineNo++;
            break;
          case 'h':
            hold = ps;
            break;
          case 'H':
            hold += `\n${ps}`;
            break;
          case 'g':
            ps = hold;
            break;
          case 'G':
            ps += `\n${hold}`;
            break;
          case 'x':
            [ps, hold] = [hold, ps];
            break;
          case 'z':
            ps = '';
            break;
          case 'b':
            pc = c.label ? (labels.get(c.label) as number) : cmds.length;
            break;
          case 't':
          case 'T':
            if (substituted === (c.name === 't')) {
              pc = c.label ? (labels.get(c.label) as number) : cmds.length;
            }
            if (c.name === 't') substituted = false;
            break;
          case 'q':
            quitCode = c.int ?? 0;
            pc = cmds.length;
            break;
          case 'Q':
            quitCode = c.int ?? 0;
            autoprint = false;
            pc = cmds.length;
            break;
          case 'w':
            fs.writeFileSync(c.wfile as string, ps + sep, { flag: 'a' });
            break;
        }
        if (deleted || restart) break;
      }
      if (!deleted && !restart && autoprint)
        emit(ps, idx < all.length || lastTerminated || quitCode !== null);
      r += append;
      if (restart) {
        idx--;
        all[idx] = ps;
        lineNo--;
      }
    }
    const bytes = latin1Bytes(r);
    if (inPlace) {
      const name = (group[0] as { name: string }).name;
      const suffix = p.get('i');
      try {
        // As GNU does: write a temporary file beside it, then rename it over the name. A symlink
        // is thereby replaced by a regular file unless --follow-symlinks edits its target.
        const target = p.has('F') ? fs.realpathSync(name) : name;
        const mode = fs.statSync(target).mode & 0o7777;
        const tmp = `${target.slice(0, target.lastIndexOf('/') + 1)}sed${Math.random().toString(36).slice(2, 8)}`;
        fs.writeFileSync(tmp, bytes, { mode });
        fs.chmodSync(tmp, mode);
        if (suffix)
          fs.renameSync(target, suffix.includes('*') ? suffix.replace('*', target) : target + suffix);
        fs.renameSync(tmp, target);
      } catch (e) {
        warn(`couldn't edit ${q(name)}: ${strerror(e)}`);
        status = 4;
      }
    } else out(bytes);
    if (quitCode !== null) return quitCode;
  }
  return status;
});

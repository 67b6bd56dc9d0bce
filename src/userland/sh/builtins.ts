// Guest zone (userland /bin/sh): the builtins. Each takes the shell and argv (argv[0] is the name)
// and resolves with an exit status; output goes through the shell's fd table.

import { type Builtin, fail, logicalPath, num, out, quote, symbolicUmask } from './builtin-util.js';
import { lookupBuiltins } from './builtins-lookup.js';
import { procBuiltins } from './builtins-proc.js';
import { fromBinary, readText, toBinary } from './bytes.js';
import { callFunction, spawnChild } from './command.js';
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from './control.js';
import { fs, proc } from './node-api.js';
import { escapes, printf } from './printf.js';
import type { Shell } from './shell.js';
import { evalTest } from './test-builtin.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** POSIX special builtins: found before functions, their assignments persist. */
export const SPECIAL = new Set([
  ':',
  '.',
  'break',
  'continue',
  'eval',
  'exec',
  'exit',
  'export',
  'readonly',
  'return',
  'set',
  'shift',
  'times',
  'trap',
  'unset',
]);

const b: Record<string, Builtin> = {
  ':': async () => 0,
  true: async () => 0,
  false: async () => 1,
  async echo(sh, argv) {
    let args = argv.slice(1);
    let nl = true;
    if (args[0] === '-n') {
      nl = false;
      args = args.slice(1);
    }
    const r = escapes(toBinary(args.join(' ')), true);
    await out(sh, fromBinary(r.text) + (nl && !r.stop ? '\n' : ''));
    return 0;
  },
  async printf(sh, argv) {
    if (argv[1] === '--') argv = [argv[0] as string, ...argv.slice(2)];
    if (argv.length < 2) return fail(sh, 'printf: usage: printf format [arg ...]', 2);
    // Formatting works on bytes, as C's printf does: widths count bytes and \ooo makes one byte.
    const r = printf(toBinary(argv[1] as string), argv.slice(2).map(toBinary));
    await out(sh, fromBinary(r.text));
    for (const e of r.errs) await sh.error(`printf: ${fromBinary(e)}`);
    return r.invalid ? 2 : r.errs.length ? 1 : 0;
  },
  async pwd(sh, argv) {
    await out(sh, `${argv[1] === '-P' ? proc.cwd() : (sh.getVar('PWD') ?? proc.cwd())}\n`);
    return 0;
  },
  async cd(sh, argv) {
    let dir = argv[1];
    if (dir === '-P' || dir === '-L') dir = argv[2];
    let print = false;
    if (dir === undefined) dir = sh.getVar('HOME') ?? '/';
    else if (dir === '-') {
      dir = sh.getVar('OLDPWD') ?? proc.cwd();
      print = true;
    }
    const old = sh.getVar('PWD') ?? proc.cwd();
    // -L (the default) keeps the path as written, symlinks and all: `cd link/..` is the link's parent.
    const physical = argv[1] === '-P';
    const target = physical ? dir : logicalPath(old, dir);
    try {
      proc.chdir(target);
    } catch {
      return fail(sh, `cd: can't cd to ${dir}`, 2);
    }
    const now = physical ? proc.cwd() : target;
    sh.setVar('OLDPWD', old, true);
    sh.setVar('PWD', now, true);
    if (print) await out(sh, `${now}\n`);
    return 0;
  },
  async export(sh, argv) {
    return declare(sh, argv, 'exp');
  },
  async readonly(sh, argv) {
    return declare(sh, argv, 'ro');
  },
  async unset(sh, argv) {
    let funcs = false;
    for (const a of argv.slice(1)) {
      if (a === '-f') funcs = true;
      else if (a === '-v') funcs = false;
      else if (funcs) sh.funcs.delete(a);
      else {
        if (sh.vars.get(a)?.ro) return fail(sh, `unset: ${a}: is read only`, 2);
        sh.vars.delete(a);
      }
    }
    return 0;
  },
  async local(sh, argv) {
    const scope = sh.locals[sh.locals.length - 1];
    if (!scope) return fail(sh, 'local: not in a function', 2);
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!scope.has(name))
        scope.set(
          name,
          sh.vars.get(name) ? { ...(sh.vars.get(name) as { v: string; exp: boolean }) } : undefined,
        );
      if (eq >= 0) sh.setVar(name, a.slice(eq + 1));
    }
    return 0;
  },
  async read(sh, argv) {
    let raw = false;
    let i = 1;
    for (; i < argv.length && argv[i]?.startsWith('-'); i++) {
      if (argv[i] === '-r') raw = true;
      else if (argv[i] === '-p') i++;
      else return fail(sh, `read: Illegal option ${argv[i]}`, 2);
    }
    const names = argv.slice(i);
    if (names.length === 0) return fail(sh, 'read: arg count', 2);
    const src = sh.fds.input(0);
    if (!src) return 1;
    let line = '';
    let ok = true;
    for (;;) {
      const r = await src.readLine();
      if (!r) {
        ok = false;
        break;
      }
      if (!raw && r.line.endsWith('\\') && r.eol) {
        line += r.line.slice(0, -1);
        continue;
      }
      line += r.line;
      ok = r.eol;
      break;
    }
    splitInto(sh, raw ? line : line, names, raw);
    return ok ? 0 : 1;
  },
  async shift(sh, argv) {
    const n = num('shift', argv[1], 1);
    // A special builtin's error ends a non-interactive shell, as in dash.
    if (n > sh.params.length) throw new ShellError(`shift: can't shift that many`);
    sh.params = sh.params.slice(n);
    return 0;
  },
  async exit(sh, argv) {
    throw new ExitSignal(argv[1] === undefined ? sh.status : num('exit', argv[1], 0) & 255);
  },
  async return(sh, argv) {
    throw new ReturnSignal(argv[1] === undefined ? sh.status : num('return', argv[1], 0));
  },
  async break(sh, argv) {
    if (sh.loopDepth === 0) return 0;
    throw new LoopSignal('break', Math.min(num('break', argv[1], 1), sh.loopDepth));
  },
  async continue(sh, argv) {
    if (sh.loopDepth === 0) return 0;
    throw new LoopSignal('continue', Math.min(num('continue', argv[1], 1), sh.loopDepth));
  },
  async test(sh, argv) {
    return runTest(sh, argv.slice(1));
  },
  async '['(sh, argv) {
    // dash looks only at the last argument's first character (`[ -e f ]x` passes).
    if (!(argv[argv.length - 1] ?? '').startsWith(']')) return fail(sh, '[: missing ]', 2);
    return runTest(sh, argv.slice(1, -1));
  },
  async '.'(sh, argv) {
    const file = argv[1];
    if (!file) return fail(sh, '.: filename argument required', 2);
    let path = file;
    if (!file.includes('/')) {
      const dirs = (sh.getVar('PATH') ?? '').split(':');
      path = dirs.map((d) => `${d || '.'}/${file}`).find((p) => fs.existsSync(p)) ?? file;
    }
    let src: string;
    try {
      src = readText(path);
    } catch {
      throw new ShellError(`.: cannot open ${file}: No such file`);
    }
    const params = sh.params;
    if (argv.length > 2) sh.params = argv.slice(2);
    try {
      return await sh.source(src);
    } catch (e) {
      if (e instanceof ReturnSignal) return e.code;
      throw e;
    } finally {
      if (argv.length > 2) sh.params = params;
    }
  },
  async eval(sh, argv) {
    return sh.source(argv.slice(1).join(' '));
  },
  async exec(sh, argv) {
    const st = await spawnChild(sh, argv.slice(1), [], null);
    throw new ExitSignal(st);
  },
  async set(sh, argv) {
    return setBuiltin(sh, argv);
  },
  async umask(sh, argv) {
    const arg = argv[1];
    if (arg === undefined || arg === '-S') {
      const m = proc.umask();
      if (arg === undefined) await out(sh, `${m.toString(8).padStart(4, '0')}\n`);
      else {
        const who = (shift: number) =>
          'rwx'
            .split('')
            .filter((_, i) => !(m & ((4 >> i) << shift)))
            .join('');
        await out(sh, `u=${who(6)},g=${who(3)},o=${who(0)}\n`);
      }
      return 0;
    }
    const mask = /^[0-7]{1,4}$/.test(arg) ? Number.parseInt(arg, 8) : symbolicUmask(proc.umask(), arg);
    if (mask === null) return fail(sh, `umask: Illegal mode: ${arg}`, 2);
    proc.umask(mask);
    return 0;
  },
  async times(sh) {
    // The process's own CPU time; children's is not tracked by the kernel yet, so it reads 0.
    const u = proc.cpuUsage();
    const fmt = (us: number) => `${Math.floor(us / 60e6)}m${((us % 60e6) / 1e6).toFixed(6)}s`;
    await out(sh, `${fmt(u.user)} ${fmt(u.system)}\n0m0.000000s 0m0.000000s\n`);
    return 0;
  },
};

async function runTest(sh: Shell, args: string[]): Promise<number> {
  try {
    return evalTest(args) ? 0 : 1;
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
    await sh.error(e.message);
    return 2;
  }
}

function splitInto(sh: Shell, line: string, names: string[], raw: boolean): void {
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  const ws = [...ifs].filter((c) => ' \t\n'.includes(c)).join('');
  const unesc = (s: string) => (raw ? s : s.replace(/\\(.)/g, '$1'));
  let rest = line;
  const trimStart = (s: string) => {
    let k = 0;
    while (k < s.length && ws.includes(s[k] as string)) k++;
    return s.slice(k);
  };
  rest = trimStart(rest);
  names.forEach((name, idx) => {
    if (idx === names.length - 1) {
      let end = rest.length;
      while (end > 0 && ws.includes(rest[end - 1] as string)) end--;
      // One field and then one non-blank delimiter (`b:` of `a:b:`): the delimiter goes too.
      const last = rest[end - 1] as string;
      if (end > 0 && ifs.includes(last) && !ws.includes(last) && (raw || rest[end - 2] !== '\\')) {
        let k = 0;
        while (k < end - 1 && !ifs.includes(rest[k] as string)) k += rest[k] === '\\' && !raw ? 2 : 1;
        if (k >= end - 1) {
          end--;
          while (end > 0 && ws.includes(rest[end - 1] as string)) end--;
        }
      }
      sh.setVar(name, unesc(rest.slice(0, end)));
      return;
    }
    let k = 0;
    while (k < rest.length && !ifs.includes(rest[k] as string)) k += rest[k] === '\\' && !raw ? 2 : 1;
    sh.setVar(name, unesc(rest.slice(0, k)));
    rest = rest.slice(k);
    // one delimiter: surrounding IFS whitespace plus at most one non-whitespace IFS character
    rest = trimStart(rest);
    if (rest && ifs.includes(rest[0] as string) && !ws.includes(rest[0] as string))
      rest = trimStart(rest.slice(1));
  });
}

async function declare(sh: Shell, argv: string[], kind: 'exp' | 'ro'): Promise<number> {
  const args = argv.slice(1).filter((a) => a !== '-p');
  if (args.length === 0) {
    const names = [...sh.vars.keys()]
      .filter((k) => (kind === 'exp' ? sh.vars.get(k)?.exp : sh.vars.get(k)?.ro))
      .sort();
    for (const k of names)
      await out(sh, `${kind === 'exp' ? 'export' : 'readonly'} ${k}=${quote(sh.vars.get(k)?.v ?? '')}\n`);
    return 0;
  }
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!NAME.test(name)) return fail(sh, `${argv[0]}: ${name}: bad variable name`, 2);
    if (eq >= 0) sh.setVar(name, a.slice(eq + 1));
    const v = sh.vars.get(name);
    if (kind === 'exp') {
      if (v) v.exp = true;
      else sh.pendingExport.add(name);
    } else if (v) v.ro = true;
    else sh.vars.set(name, { v: '', exp: false, ro: true });
  }
  return 0;
}

async function setBuiltin(sh: Shell, argv: string[]): Promise<number> {
  if (argv.length === 1) {
    const names = [...sh.vars.keys()].sort();
    for (const k of names) await out(sh, `${k}=${quote(sh.vars.get(k)?.v ?? '')}\n`);
    return 0;
  }
  let i = 1;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') {
      i++;
      sh.params = argv.slice(i);
      return 0;
    }
    if (a === '-o' || a === '+o') {
      const name = argv[++i];
      const map: Record<string, string> = {
        errexit: 'e',
        nounset: 'u',
        xtrace: 'x',
        noglob: 'f',
        noexec: 'n',
        allexport: 'a',
        noclobber: 'C',
        verbose: 'v',
        monitor: 'm',
      };
      const k = name ? map[name] : undefined;
      if (!k) return fail(sh, `set: Illegal option -o ${name ?? ''}`, 2);
      sh.opts[k] = a === '-o';
      continue;
    }
    if (/^[-+][a-zA-Z]+$/.test(a)) {
      for (const c of a.slice(1)) {
        if (!'euxfnavCm'.includes(c)) throw new ShellError(`set: Illegal option ${a[0]}${c}`);
        sh.opts[c] = a[0] === '-';
      }
      continue;
    }
    break;
  }
  if (i < argv.length) sh.params = argv.slice(i);
  return 0;
}

/** All builtins by name (special and regular). */
export const BUILTINS = new Map<string, Builtin>([
  ...Object.entries(b),
  ...Object.entries(procBuiltins),
  ...Object.entries(lookupBuiltins),
]);
export { callFunction };

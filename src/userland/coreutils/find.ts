// Guest zone (userland): find(1): walk trees evaluating an expression: tests -name -iname -path
// -ipath -type -maxdepth -mindepth -empty -newer -newermt -mtime -mmin (a/c too) -samefile -size
// -perm -user -regex, actions -print -print0
// -exec/-execdir {} ; and + -delete -prune -quit, operators ! -not -a -and -o -or ( ).
import { parseDate } from './lib/date-parse.js';
import { die, q, strerror, warn } from './lib/errors.js';
import { globToRegex } from './lib/glob.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { parseMode } from './lib/mode.js';
import { childProcess, fs, type Stats } from './lib/node.js';
import { lookupUser } from './lib/users.js';

interface Ctx {
  path: string;
  st: Stats;
  depth: number;
}
type Pred = (c: Ctx) => boolean;

const typeChar = (st: Stats) =>
  st.isDirectory()
    ? 'd'
    : st.isSymbolicLink()
      ? 'l'
      : st.isFile()
        ? 'f'
        : st.isFIFO()
          ? 'p'
          : st.isSocket()
            ? 's'
            : st.isCharacterDevice()
              ? 'c'
              : 'b';

run('find', (argv) => {
  const started = Date.now();
  let i = 0;
  const roots: string[] = [];
  while (i < argv.length && !/^[-!(]/.test(argv[i] as string)) roots.push(argv[i++] as string);
  if (roots.length === 0) roots.push('.');
  const expr = argv.slice(i);
  let maxDepth = Number.POSITIVE_INFINITY;
  let minDepth = 0;
  let hasAction = false;
  let prune = false;
  let quit = false;
  let depthFirst = false;
  let status = 0;
  const plusBatches: { cmd: string[]; paths: string[] }[] = [];
  let pos = 0;
  const need = (opt: string): string => {
    const v = expr[pos++];
    if (v === undefined) die(`missing argument to \`${opt}'`);
    return v;
  };
  const primary = (): Pred => {
    const t = expr[pos++] as string;
    switch (t) {
      case '(': {
        const e = orExpr();
        if (expr[pos++] !== ')')
          die("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
        return e;
      }
      case '!':
      case '-not': {
        const e = primary();
        return (c) => !e(c);
      }
      case '-name':
      case '-iname': {
        const re = globToRegex(need(t), t === '-iname');
        return (c) => re.test(c.path.replace(/\/+$/, '').split('/').pop() || c.path);
      }
      case '-path':
      case '-wholename':
      case '-ipath': {
        const re = globToRegex(need(t), t === '-ipath', true);
        return (c) => re.test(c.path);
      }
      case '-regex': {
        const re = new RegExp(`^(?:${need(t)})$`);
        return (c) => re.test(c.path);
      }
      case '-type': {
        const types = need(t).split(',');
        for (const x of types) if (!/^[fdlpscb]$/.test(x)) die(`Unknown argument to -type: ${x}`);
        return (c) => types.includes(typeChar(c.st));
      }
      case '-maxdepth':
        maxDepth = Number(need(t));
        return () => true;
      case '-mindepth':
        minDepth = Number(need(t));
        return () => true;
      case '-depth':
        depthFirst = true;
        return () => true;
      case '-empty':
        return (c) =>
          c.st.isDirectory() ? fs.readdirSync(c.path).length === 0 : c.st.isFile() && c.st.size === 0;
      case '-newer': {
        const f = need(t);
        let ref = 0;
        try {
          ref = fs.statSync(f).mtimeMs;
        } catch (e) {
          die(`${q(f)}: ${strerror(e)}`);
        }
        return (c) => c.st.mtimeMs > ref;
      }
      case '-samefile': {
        const f = need(t);
        let ref: Stats | null = null;
        try {
          ref = fs.statSync(f);
        } catch (e) {
          die(`${q(f)}: ${strerror(e)}`);
        }
        return (c) => c.st.ino === ref.ino && c.st.dev === ref.dev;
      }
      case '-newermt': {
        const d = need(t);
        const ref = parseDate(d);
        if (ref === null) die(`I cannot figure out how to interpret ${q(d)} as a date or time`);
        return (c) => c.st.mtimeMs > ref;
      }
      case '-mtime':
      case '-atime':
      case '-ctime':
      case '-mmin':
      case '-amin':
      case '-cmin': {
        // GNU counts whole units of age (days, or minutes) since find started: +N older, -N newer.
        const a = need(t);
        const m = /^([-+]?)(\d+)$/.exec(a);
        if (!m) die(`invalid argument ${q(a)} to \`${t}'`);
        const unit = t.endsWith('min') ? 60_000 : 86_400_000;
        const key = t[1] === 'm' ? 'mtimeMs' : t[1] === 'a' ? 'atimeMs' : 'ctimeMs';
        const n = Number(m[2]);
        return (c) => {
          const age = Math.floor((started - c.st[key]) / unit);
          return m[1] === '+' ? age > n : m[1] === '-' ? age < n : age === n;
        };
      }
      case '-size': {
        const m = /^([-+]?)(\d+)([cwbkMG]?)$/.exec(need(t));
        if (!m) die('invalid -size argument');
        const unit = { c: 1, w: 2, b: 512, '': 512, k: 1024, M: 1024 ** 2, G: 1024 ** 3 }[
          m[3] as string
        ] as number;
        const n = Number(m[2]);
        return (c) => {
          const v = Math.ceil(c.st.size / unit);
          return m[1] === '+' ? v > n : m[1] === '-' ? v < n : v === n;
        };
      }
      case '-perm': {
        const a = need(t);
        // Octal or symbolic (`-u+x`, `/g=w`): symbolic clauses build the mode up from nothing.
        const mode = parseMode(a.replace(/^[-/]/, ''), 0, false, 0);
        if (mode === null) die(`invalid mode ${q(a.replace(/^[-/]/, ''))}`);
        return (c) => {
          const m = c.st.mode & 0o7777;
          return a[0] === '-'
            ? (m & mode) === mode
            : a[0] === '/'
              ? (m & mode) !== 0 || mode === 0
              : m === mode;
        };
      }
      case '-user': {
        const u = lookupUser(need(t));
        return (c) => u !== null && c.st.uid === u.uid;
      }
      case '-true':
        return () => true;
      case '-false':
        return () => false;
      case '-print':
        hasAction = true;
        return (c) => {
          out(`${c.path}\n`);
          return true;
        };
      case '-print0':
        hasAction = true;
        return (c) => {
          out(`${c.path}\0`);
          return true;
        };
      case '-prune':
        return () => {
          prune = true;
          return true;
        };
      case '-quit':
        return () => {
          quit = true;
          return true;
        };
      case '-delete':
        hasAction = true;
        depthFirst = true;
        return (c) => {
          try {
            (c.st.isDirectory() ? fs.rmdirSync : fs.unlinkSync).call(fs, c.path);
            return true;
          } catch (e) {
            warn(`cannot delete ${q(c.path)}: ${strerror(e)}`);
            status = 1;
            return false;
          }
        };
      case '-exec':
      case '-execdir':
      case '-ok': {
        hasAction = true;
        const cmd: string[] = [];
        while (pos < expr.length && expr[pos] !== ';' && !(expr[pos] === '+' && expr[pos - 1] === '{}'))
          cmd.push(expr[pos++] as string);
        const term = expr[pos++];
        if (term === undefined) die(`missing argument to \`${t}'`);
        if (term === '+' && t !== '-execdir') {
          const batch = { cmd: cmd.slice(0, -1), paths: [] as string[] };
          plusBatches.push(batch);
          return (c) => {
            batch.paths.push(c.path);
            return true;
          };
        }
        if (term === '+') cmd.pop();
        return (c) => {
          // -execdir runs in the file's directory with `./name` for {}, as GNU find does.
          const slash = c.path.lastIndexOf('/');
          const inDir = t === '-execdir';
          const name = inDir ? `./${c.path.slice(slash + 1)}` : c.path;
          const args = cmd.map((a) => a.split('{}').join(name));
          if (inDir && term === '+') args.push(name);
          const cwd = inDir ? (slash > 0 ? c.path.slice(0, slash) : slash === 0 ? '/' : '.') : undefined;
          const r = childProcess().spawnSync(args[0] as string, args.slice(1), {
            stdio: 'inherit',
            ...(cwd === undefined ? {} : { cwd }),
          });
          if (r.error) {
            warn(`${q(args[0] as string)}: ${strerror(r.error)}`);
            status = 1;
            return false;
          }
          return r.status === 0;
        };
      }
      default:
        if (t.startsWith('-')) die(`unknown predicate \`${t}'`);
        die(`paths must precede expression: \`${t}'`);
    }
  };
  const andExpr = (): Pred => {
    let left = primary();
    while (
      pos < expr.length &&
      expr[pos] !== '-o' &&
      expr[pos] !== '-or' &&
      expr[pos] !== ')' &&
      expr[pos] !== ','
    ) {
      if (expr[pos] === '-a' || expr[pos] === '-and') pos++;
      const l = left;
      const r = primary();
      left = (c) => l(c) && r(c);
    }
    return left;
  };
  const orExpr = (): Pred => {
    let left = andExpr();
    while (expr[pos] === '-o' || expr[pos] === '-or') {
      pos++;
      const l = left;
      const r = andExpr();
      left = (c) => l(c) || r(c);
    }
    return left;
  };
  let pred: Pred = () => true;
  if (expr.length) {
    pred = orExpr();
    if (pos < expr.length) die(`unexpected extra predicate '${expr[pos]}'`);
  }
  const evaluate: Pred = hasAction
    ? pred
    : (c) => {
        if (!pred(c)) return false;
        out(`${c.path}\n`);
        return true;
      };
  const visit = (path: string, depth: number) => {
    if (quit) return;
    let st: Stats;
    try {
      st = fs.lstatSync(path);
    } catch (e) {
      warn(`${q(path)}: ${strerror(e)}`);
      status = 1;
      return;
    }
    const ctx = { path, st, depth };
    prune = false;
    if (!depthFirst && depth >= minDepth) evaluate(ctx);
    const pruned = prune;
    if (st.isDirectory() && depth < maxDepth && !pruned) {
      let names: string[] = [];
      try {
        names = fs.readdirSync(path);
      } catch (e) {
        warn(`${q(path)}: ${strerror(e)}`);
        status = 1;
      }
      for (const n of names) visit(`${path.endsWith('/') ? path : `${path}/`}${n}`, depth + 1);
    }
    if (depthFirst && depth >= minDepth) evaluate(ctx);
  };
  for (const r of roots) visit(r, 0);
  for (const b of plusBatches) {
    if (b.paths.length === 0) continue;
    const r = childProcess().spawnSync(b.cmd[0] as string, [...b.cmd.slice(1), ...b.paths], {
      stdio: 'inherit',
    });
    if (r.status !== 0) status = 1;
  }
  return status;
});

// Guest zone (userland /bin/sh): `test` / `[`: file, string and integer primaries with `!`, `-a`,
// `-o` and parentheses, POSIX's argument-count rules first. Status 0 true, 1 false, 2 error.

import { ShellError } from './control.js';
import { fs } from './node-api.js';

const UNARY_FILE = new Set([
  '-e',
  '-f',
  '-d',
  '-r',
  '-w',
  '-x',
  '-s',
  '-L',
  '-h',
  '-b',
  '-c',
  '-p',
  '-S',
  '-g',
  '-u',
  '-k',
]);
const BINARY = new Set(['=', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '<', '>', '-nt', '-ot', '-ef']);

function int(s: string): number {
  if (!/^\s*[-+]?\d+\s*$/.test(s)) throw new ShellError(`test: Illegal number: ${s}`);
  return Number(s);
}

function fileTest(op: string, p: string): boolean {
  try {
    if (op === '-L' || op === '-h') return fs.lstatSync(p).isSymbolicLink();
    const st = fs.statSync(p);
    switch (op) {
      case '-e':
        return true;
      case '-f':
        return st.isFile();
      case '-d':
        return st.isDirectory();
      case '-s':
        return st.size > 0;
      case '-p':
        return (st.mode & 0o170000) === 0o010000;
      case '-c':
        return (st.mode & 0o170000) === 0o020000;
      case '-b':
        return (st.mode & 0o170000) === 0o060000;
      case '-S':
        return (st.mode & 0o170000) === 0o140000;
      case '-g':
        return (st.mode & 0o2000) !== 0;
      case '-u':
        return (st.mode & 0o4000) !== 0;
      case '-k':
        return (st.mode & 0o1000) !== 0;
      default: {
        const mode = op === '-r' ? 4 : op === '-w' ? 2 : 1;
        fs.accessSync(p, mode);
        return true;
      }
    }
  } catch (e) {
    if (e instanceof ShellError) throw e;
    return false;
  }
}

/** dash's rule: both files must exist; -nt/-ot compare mtimes, -ef device and inode. */
function compareFiles(l: string, op: string, r: string): boolean {
  let a: ReturnType<typeof fs.statSync>;
  let b: ReturnType<typeof fs.statSync>;
  try {
    a = fs.statSync(l);
    b = fs.statSync(r);
  } catch {
    return false;
  }
  if (op === '-ef') return a.dev === b.dev && a.ino === b.ino;
  return op === '-nt' ? a.mtimeMs > b.mtimeMs : a.mtimeMs < b.mtimeMs;
}

function binary(l: string, op: string, r: string): boolean {
  switch (op) {
    case '=':
      return l === r;
    case '!=':
      return l !== r;
    case '<':
      return l < r;
    case '>':
      return l > r;
    case '-eq':
      return int(l) === int(r);
    case '-ne':
      return int(l) !== int(r);
    case '-lt':
      return int(l) < int(r);
    case '-le':
      return int(l) <= int(r);
    case '-gt':
      return int(l) > int(r);
    case '-ge':
      return int(l) >= int(r);
    case '-nt':
    case '-ot':
    case '-ef':
      return compareFiles(l, op, r);
    default:
      throw new ShellError(`test: ${op}: unexpected operator`);
  }
}

/** Evaluates test's arguments (without the trailing `]`). */
export function evalTest(args: string[]): boolean {
  let i = 0;
  const peek = () => args[i];
  function orExpr(): boolean {
    let v = andExpr();
    while (peek() === '-o') {
      i++;
      v = andExpr() || v;
    }
    return v;
  }
  function andExpr(): boolean {
    let v = notExpr();
    while (peek() === '-a') {
      i++;
      v = notExpr() && v;
    }
    return v;
  }
  function notExpr(): boolean {
    if (peek() === '!' && i + 1 < args.length) {
      i++;
      return !notExpr();
    }
    return primary();
  }
  function primary(): boolean {
    const a = args[i];
    if (a === undefined) throw new ShellError('test: argument expected');
    if (a === '(' && args.length - i >= 3 && args[i + 2] !== undefined && !BINARY.has(args[i + 1] ?? '')) {
      i++;
      const v = orExpr();
      if (args[i] !== ')') throw new ShellError('test: closing paren expected');
      i++;
      return v;
    }
    const b = args[i + 1];
    if (b !== undefined && BINARY.has(b) && args[i + 2] !== undefined) {
      i += 3;
      return binary(a, b, args[i - 1] as string);
    }
    if (UNARY_FILE.has(a) && b !== undefined) {
      i += 2;
      return fileTest(a, b);
    }
    if ((a === '-n' || a === '-z') && b !== undefined) {
      i += 2;
      return a === '-n' ? b !== '' : b === '';
    }
    if (a === '-t' && b !== undefined) {
      i += 2;
      return false;
    }
    i++;
    return a !== '';
  }
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      if (args[0] === '!') return args[1] === '';
      break;
    case 3:
      if (BINARY.has(args[1] as string))
        return binary(args[0] as string, args[1] as string, args[2] as string);
      if (args[0] === '!') return !evalTest(args.slice(1));
      break;
    case 4:
      if (args[0] === '!') return !evalTest(args.slice(1));
      break;
  }
  const v = orExpr();
  if (i < args.length) throw new ShellError(`test: ${args[i]}: unexpected operator`);
  return v;
}

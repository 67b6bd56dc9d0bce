// Host zone: execve. Turns an argv into the program to run: `node` is the built-in runtime even where
// no such file exists; a .js/.mjs/.cjs file or a file whose shebang names node runs in the runtime (the
// way binfmt_misc hands a format to its interpreter); other shebangs exec their interpreter.

import { posix } from 'node:path';
import { S_IFMT, S_IFREG } from '../abi/fs-constants.js';
import type { BootInfo } from '../abi/wire.js';
import type { FsCaller } from '../fs/types.js';
import type { Vfs } from '../fs/vfs.js';
import { Errno, isErrno } from './errno.js';

export const NODE_EXEC_PATH = '/usr/bin/node';
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const NODE_NAMES = new Set(['node', 'nodejs', NODE_EXEC_PATH, '/usr/local/bin/node', '/bin/node']);

/** What execve resolved: the runtime's main program and the process's argv as Node reports it. */
export interface Program {
  main: BootInfo['main'];
  /** process.argv */
  argv: string[];
  execArgv: string[];
}

/** An exec failure: exit 127 for not found, 126 for found but not runnable (Docker's and sh's codes). */
export class ExecError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'EACCES' | 'ENOEXEC' | 'ELOOP' | 'EINVAL',
    message: string,
  ) {
    super(message);
  }
  get exitCode(): number {
    return this.code === 'ENOENT' ? 127 : 126;
  }
}

/** Node's own command line: options, then a script, `-e`/`-p` code, or `-`. */
export function parseNodeArgs(args: string[]): Program {
  const execArgv: string[] = [];
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-pe') {
      const code = args[i + 1];
      if (code === undefined) throw new ExecError('EINVAL', `node: ${a} requires an argument`);
      execArgv.push(a, code);
      // `node -e code -- a b`: the `--` ends node's options and is not part of process.argv.
      const rest = args[i + 2] === '--' ? args.slice(i + 3) : args.slice(i + 2);
      return {
        main: { kind: 'eval', code, print: a !== '-e' && a !== '--eval' },
        argv: [NODE_EXEC_PATH, ...rest],
        execArgv,
      };
    }
    if (a.startsWith('--eval=') || a.startsWith('--print=')) {
      const code = a.slice(a.indexOf('=') + 1);
      execArgv.push(a);
      return {
        main: { kind: 'eval', code, print: a.startsWith('--print') },
        argv: [NODE_EXEC_PATH, ...args.slice(i + 1)],
        execArgv,
      };
    }
    if (a === '--') {
      i++;
      break;
    }
    if (a === '-') break;
    if (!a.startsWith('-')) break;
    execArgv.push(a);
    // Options that take a separate value.
    if (
      ['-r', '--require', '--import', '--input-type', '--stack-size', '--max-old-space-size'].includes(a) &&
      i + 1 < args.length
    ) {
      execArgv.push(args[++i] as string);
    }
  }
  const script = args[i];
  if (script === undefined || script === '-') {
    return { main: { kind: 'repl' }, argv: [NODE_EXEC_PATH, ...args.slice(i + 1)], execArgv };
  }
  return {
    main: { kind: 'file', path: script },
    argv: [NODE_EXEC_PATH, script, ...args.slice(i + 1)],
    execArgv,
  };
}

function statOrNull(vfs: Vfs, caller: FsCaller, p: string) {
  try {
    return vfs.stat(caller, p);
  } catch (err) {
    if (isErrno(err)) return null;
    throw err;
  }
}

/**
 * The file `p` names for execve, or why not: ENOENT and ENOTDIR read as "not found" (null); a link
 * loop is ELOOP and a search denied EACCES, as Linux's execve reports them.
 */
function execStat(vfs: Vfs, caller: FsCaller, cmd: string, p: string) {
  try {
    return vfs.stat(caller, p);
  } catch (err) {
    if (!isErrno(err)) throw err;
    if (err.code === 'ELOOP')
      throw new ExecError('ELOOP', `exec: "${cmd}": too many levels of symbolic links`);
    if (err.code === 'EACCES') throw new ExecError('EACCES', `exec: "${cmd}": permission denied`);
    return null;
  }
}

/**
 * Whether `p` is a link (magic ones included, like /proc/self/exe), through at most a few more, to
 * one of node's names: it runs the built-in runtime even where no such file exists (FROM scratch).
 */
function linksToNode(vfs: Vfs, caller: FsCaller, p: string): boolean {
  let at = p;
  for (let i = 0; i < 8; i++) {
    let target: string;
    try {
      target = vfs.readlink(caller, at);
    } catch {
      return false;
    }
    const next = target.startsWith('/') ? target : posix.join(posix.dirname(at), target);
    if (NODE_NAMES.has(next)) return true;
    at = next;
  }
  return false;
}

/** PATH lookup for a name without a slash; the first regular file found wins. */
export function lookPath(
  vfs: Vfs,
  caller: FsCaller,
  name: string,
  pathEnv: string | undefined,
): string | null {
  if (name.includes('/')) return name;
  for (const dir of (pathEnv ?? DEFAULT_PATH).split(':')) {
    const candidate = posix.join(dir || '.', name);
    const st = statOrNull(vfs, caller, candidate);
    if (st && (st.mode & S_IFMT) === S_IFREG) return candidate;
  }
  return null;
}

function canExecute(st: { mode: number; uid: number; gid: number }, caller: FsCaller): boolean {
  if (caller.uid === 0) return (st.mode & 0o111) !== 0;
  if (st.uid === caller.uid) return (st.mode & 0o100) !== 0;
  if (st.gid === caller.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

const decoder = new TextDecoder();

function readShebang(vfs: Vfs, caller: FsCaller, file: string): string[] | null {
  const f = vfs.open(caller, file, 0, 0);
  try {
    const head = decoder.decode(f.read(256, 0));
    if (!head.startsWith('#!')) return null;
    const line = head.slice(2).split('\n')[0]?.trim() ?? '';
    // Linux passes everything after the interpreter as one argument.
    const sp = line.search(/\s/);
    return sp === -1 ? [line] : [line.slice(0, sp), line.slice(sp).trim()];
  } finally {
    f.close();
  }
}

/** Resolves `argv` (argv[0] is the command) to the program the runtime should run. */
export function resolveExec(
  vfs: Vfs,
  caller: FsCaller,
  argv: string[],
  env: Record<string, string>,
  depth = 0,
): Program {
  if (depth > 4) throw new ExecError('ELOOP', `${argv[0]}: too many levels of interpreters`);
  const cmd = argv[0];
  if (cmd === undefined || cmd === '') throw new ExecError('ENOENT', 'no command specified');
  if (NODE_NAMES.has(cmd) && !statOrNull(vfs, caller, cmd)) return parseNodeArgs(argv.slice(1));
  const found = lookPath(vfs, caller, cmd, env.PATH);
  if (!found) throw new ExecError('ENOENT', `exec: "${cmd}": executable file not found in $PATH`);
  const st = execStat(vfs, caller, cmd, found);
  if (!st) {
    if (linksToNode(vfs, caller, found)) return parseNodeArgs(argv.slice(1));
    throw new ExecError('ENOENT', `exec: "${cmd}": stat ${found}: no such file or directory`);
  }
  if ((st.mode & S_IFMT) !== S_IFREG) throw new ExecError('EACCES', `exec: "${cmd}": permission denied`);
  if (!canExecute(st, caller)) throw new ExecError('EACCES', `exec: "${cmd}": permission denied`);
  if (NODE_NAMES.has(found) || posix.basename(found) === 'node') return parseNodeArgs(argv.slice(1));
  let shebang: string[] | null;
  try {
    shebang = readShebang(vfs, caller, found);
  } catch (err) {
    if (err instanceof Errno) throw new ExecError('EACCES', `exec: "${cmd}": ${err.code}`);
    throw err;
  }
  if (shebang) {
    const [interp, arg] = shebang as [string, string | undefined];
    // `#!/usr/bin/env node` and `#!/usr/bin/node` both mean the built-in runtime.
    const viaEnv = posix.basename(interp) === 'env' && arg !== undefined;
    const target = viaEnv ? (arg.split(/\s+/).filter((s) => s !== '-S')[0] ?? '') : interp;
    if (posix.basename(target) === 'node' || NODE_NAMES.has(target)) {
      const extra = viaEnv
        ? arg
            .split(/\s+/)
            .filter((s) => s !== '-S')
            .slice(1)
        : arg !== undefined
          ? [arg]
          : [];
      return parseNodeArgs([...extra, found, ...argv.slice(1)]);
    }
    const next =
      arg !== undefined ? [interp, arg, found, ...argv.slice(1)] : [interp, found, ...argv.slice(1)];
    return resolveExec(vfs, caller, next, env, depth + 1);
  }
  if (/\.(c|m)?js$/.test(found)) return parseNodeArgs([found, ...argv.slice(1)]);
  throw new ExecError('ENOEXEC', `exec: "${cmd}": exec format error`);
}

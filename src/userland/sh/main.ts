// Guest zone (userland /bin/sh): the program's entry: `sh -c CMD [name args…]`, `sh FILE args…`,
// or a script on stdin; runs it one complete command at a time and exits with the last status.

import { readText } from './bytes.js';
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from './control.js';
import { interactive } from './interactive.js';
import { shellStdin } from './io.js';
import { SyntaxError_ } from './lexer.js';
import { fs, proc } from './node-api.js';
import { ScriptReader } from './parser.js';
import { Shell } from './shell.js';

interface Invocation {
  command: string | null;
  file: string | null;
  args: string[];
  arg0: string;
  opts: string[];
  interactive: boolean;
}

function parseArgs(argv: string[]): Invocation | string {
  const inv: Invocation = { command: null, file: null, args: [], arg0: 'sh', opts: [], interactive: false };
  let i = 0;
  let wantC = false;
  let fromStdin = false;
  for (; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--' || a === '-') {
      i++;
      break;
    }
    if (!/^[-+][a-zA-Z]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'c') wantC = true;
      else if (c === 's') fromStdin = true;
      else if (c === 'i') inv.interactive = true;
      else if ('euxfnavCm'.includes(c)) inv.opts.push(`${a[0]}${c}`);
      else return `Illegal option ${a[0]}${c}`;
    }
  }
  const rest = argv.slice(i);
  if (wantC) {
    if (rest.length === 0) return '-c requires an argument';
    inv.command = rest[0] as string;
    if (rest.length > 1) inv.arg0 = rest[1] as string;
    inv.args = rest.slice(2);
  } else if (!fromStdin && rest.length > 0) {
    inv.file = rest[0] as string;
    inv.arg0 = rest[0] as string;
    inv.args = rest.slice(1);
  } else inv.args = rest;
  return inv;
}

/** Runs the EXIT trap; an `exit N` inside it sets the shell's final status. */
async function runTrap(sh: Shell, code: number): Promise<number> {
  const action = sh.traps.get('EXIT');
  if (!action) return code;
  sh.traps.delete('EXIT');
  try {
    await sh.source(action);
  } catch (e) {
    if (e instanceof ExitSignal) return e.code;
    // other errors in the EXIT trap do not change the exit status
  }
  return code;
}

/** Runs `src` top-level command by command; resolves with the shell's exit status. */
export async function runScript(sh: Shell, src: string): Promise<number> {
  const reader = new ScriptReader(src);
  for (;;) {
    let node: ReturnType<ScriptReader['next']>;
    try {
      sh.line = reader.line;
      node = reader.next();
    } catch (e) {
      if (!(e instanceof SyntaxError_)) throw e;
      await sh.error(`Syntax error: ${e.message}`);
      return 2;
    }
    if (!node) return sh.status;
    try {
      // -n (noexec): read and check the script, run nothing.
      sh.lineAliases = new Map(sh.aliases);
      if (!sh.opts.n) await sh.run(node);
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof ShellError) {
        await sh.error(e.message);
        return e.code;
      }
      if (e instanceof ReturnSignal) {
        sh.status = e.code;
        continue;
      }
      if (e instanceof LoopSignal) continue;
      throw e;
    }
  }
}

async function main(): Promise<void> {
  const inv = parseArgs(proc.argv.slice(2));
  const sh = new Shell();
  if (typeof inv === 'string') {
    await sh.error(inv);
    proc.exit(2);
  }
  sh.arg0 = inv.arg0;
  sh.params = inv.args;
  for (const o of inv.opts) sh.opts[o[1] as string] = o[0] === '-';
  let src: string;
  if (inv.command !== null) src = inv.command;
  else if (inv.file !== null) {
    try {
      src = readText(inv.file);
    } catch (e) {
      // dash: `sh: 0: cannot open x: No such file`, status 2.
      sh.arg0 = 'sh';
      sh.line = 0;
      const code = (e as { code?: string }).code;
      const why =
        code === 'ENOENT' ? 'No such file' : code === 'EACCES' ? 'Permission denied' : 'Is a directory';
      await sh.error(`cannot open ${inv.file}: ${why}`);
      proc.exit(2);
    }
  } else if (proc.stdin.isTTY || inv.interactive) {
    // An interactive shell has job control (monitor mode) unless `+m` said otherwise.
    if (!inv.opts.includes('+m')) sh.opts.m = true;
    const code = await interactive(sh);
    sh.status = code;
    proc.exit(await runTrap(sh, code));
  } else src = await shellStdin().readAll();
  let code = await runScript(sh, src);
  sh.status = code;
  code = await runTrap(sh, code);
  if (code < 0) code = 255;
  proc.exit(code);
}

main().catch((e: unknown) => {
  const msg = e instanceof Error ? (e.stack ?? e.message) : String(e);
  try {
    fs.writeSync(2, `sh: internal error: ${msg}\n`);
  } catch {
    // nothing left to report to
  }
  proc.exit(2);
});

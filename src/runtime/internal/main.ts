// Guest zone: runs the process's main program: a file (CommonJS or ESM, as the kernel's resolver
// decides), `-e`/`-p` code, or stdin when no script was given; `--input-type=module` makes inline code ESM.

import { MAIN_GLOBAL } from '../../abi/cjs-wrapper.js';
import type { BootInfo } from '../../abi/wire.js';
import { loadBuiltin } from './builtins.js';
import { requireCall, runEval, runMainCjs } from './cjs-loader.js';
import { compileSlot } from './compile-slot.js';
import { sys } from './door.js';
import { importModule } from './esm-loader.js';
import { inspect } from './inspect.js';
import { guarded } from './loop.js';
import { boot } from './state.js';
import { setMainFresh } from './turn-state.js';

function write(text: string): void {
  sys('fs.write', { fd: 1, data: text, position: null });
}

/** `--input-type=module` (either spelling) among the process's node options. */
function inputIsModule(): boolean {
  const a = boot().execArgv;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--input-type=module') return true;
    if (a[i] === '--input-type' && a[i + 1] === 'module') return true;
  }
  return false;
}

interface ExitingProcess {
  exitCode: number | string | undefined;
  once(event: 'exit', fn: () => void): unknown;
}

/**
 * An ES main: its failure is the process's uncaught exception, as in Node; a top-level await that
 * never settles (the loop ran dry first) makes the exit code 13 (Node 20 prints no warning for it).
 */
function runMainEsm(p: Promise<unknown>): void {
  let settled = false;
  p.then(
    () => {
      settled = true;
    },
    (err: unknown) => {
      settled = true;
      guarded(() => {
        throw err;
      });
    },
  );
  const proc = (globalThis as unknown as { process: ExitingProcess }).process;
  proc.once('exit', () => {
    if (settled || (proc.exitCode !== undefined && Number(proc.exitCode) !== 0)) return;
    proc.exitCode = 13;
  });
}

function absolute(path: string): string {
  return path.startsWith('/') ? path : `${boot().cwd}/${path}`.replace(/\/+/g, '/');
}

function runFile(path: string): void {
  const abs = absolute(path);
  // module.require answers the format and, for CommonJS, the source: one crossing decides and loads.
  // No program code has run yet: the kernel may compile the main module with its origin. It may have
  // done so already, ahead of this turn: the function waits in a global, and goes into the compile
  // slot, where module.require's answer then says to take it from.
  const g = globalThis as Record<string, unknown>;
  const ahead = g[MAIN_GLOBAL];
  delete g[MAIN_GLOBAL];
  compileSlot.fn = typeof ahead === 'function' ? ahead : undefined;
  setMainFresh(true);
  let reply: ReturnType<typeof requireCall>;
  try {
    reply = requireCall(abs, null);
  } finally {
    setMainFresh(false);
    compileSlot.fn = undefined;
  }
  if ('format' in reply && reply.format === 'module') {
    runMainEsm(importModule(reply.filename, null));
    return;
  }
  runMainCjs(abs, reply);
}

export function runMain(main: BootInfo['main']): void {
  switch (main.kind) {
    case 'file':
      runFile(main.path);
      return;
    case 'eval':
      if (inputIsModule() && !main.print) {
        runMainEsm(importModule('', null, { kind: 'eval', source: main.code }));
        return;
      }
      runEval(main.code, main.print, write, (v) => inspect(v));
      return;
    case 'repl': {
      const proc = (
        globalThis as unknown as {
          process: { stdin: { isTTY?: boolean }; version: string; exit(c?: number): void };
        }
      ).process;
      if (proc.stdin.isTTY) {
        // On a terminal, `node` with no script is the REPL, as it greets in Node.
        write(`Welcome to Node.js ${proc.version}.\nType ".help" for more information.\n`);
        const repl = loadBuiltin('repl') as { start(o: object): { on(e: string, f: () => void): void } };
        repl.start({}).on('exit', () => proc.exit());
        return;
      }
      // `node` with no script reads the program from stdin when stdin is not a terminal.
      const chunks: string[] = [];
      const stdin = (
        globalThis as unknown as {
          process: { stdin: { setEncoding(e: string): void; on(e: string, f: (c?: string) => void): void } };
        }
      ).process.stdin;
      stdin.setEncoding('utf8');
      stdin.on('data', (c) => chunks.push(c ?? ''));
      stdin.on('end', () => {
        const code = chunks.join('');
        if (inputIsModule()) runMainEsm(importModule('', null, { kind: 'stdin', source: code }));
        else runEval(code, false, write, (v) => inspect(v));
      });
      return;
    }
  }
}

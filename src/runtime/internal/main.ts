// Guest zone: runs the process's main program: a file (CommonJS or ESM, as the kernel's resolver
// decides), `-e`/`-p` code, or stdin when no script was given.

import { inspect } from 'node-inspect-extracted';
import type { BootInfo } from '../../abi/wire.js';
import { runEval, runMainCjs } from './cjs-loader.js';
import { sys } from './door.js';

function write(text: string): void {
  sys('fs.write', { fd: 1, data: text, position: null });
}

export function runMain(main: BootInfo['main']): void {
  switch (main.kind) {
    case 'file':
      runMainCjs(main.path);
      return;
    case 'eval':
      runEval(main.code, main.print, write, (v) => inspect(v));
      return;
    case 'repl': {
      // `node` with no script reads the program from stdin when stdin is not a terminal.
      const chunks: string[] = [];
      const stdin = (
        globalThis as unknown as {
          process: { stdin: { setEncoding(e: string): void; on(e: string, f: (c?: string) => void): void } };
        }
      ).process.stdin;
      stdin.setEncoding('utf8');
      stdin.on('data', (c) => chunks.push(c ?? ''));
      stdin.on('end', () => runEval(chunks.join(''), false, write, (v) => inspect(v)));
      return;
    }
  }
}

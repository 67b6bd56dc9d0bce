// Host zone (CLI): `tsvirt load [-i FILE]` — a docker-archive or OCI archive (detected, plain or
// gzip) from a file or stdin into the store, all verified before anything is written.

import type { Argv, CommandModule } from 'yargs';
import { loadArchive } from '../../image/index.js';
import { imageCall, openStore, readInput } from '../image-store.js';
import type { CliContext } from './context.js';

/** The `load` command. */
export function loadCommand(ctx: CliContext): CommandModule {
  return {
    command: 'load',
    describe: 'Load images from a tar archive or STDIN',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt load [OPTIONS]\n\nLoad images from a tar archive (docker or OCI) or STDIN')
        .option('input', {
          alias: 'i',
          type: 'string',
          requiresArg: true,
          describe: '<FILE> Read from a file',
        })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Suppress the load output' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const data = await readInput(argv.input === undefined ? undefined : String(argv.input));
      const store = await openStore();
      const result = await imageCall(() => loadArchive(store, data));
      if (!argv.quiet) process.stdout.write(result.messages.map((m) => `${m}\n`).join(''));
      ctx.exitCode = 0;
    },
  };
}

// Host zone (CLI): `tsvirt import FILE|- [NAME[:TAG]]` — a flat rootfs tar (plain or gzip, from a
// file or stdin) as a one-layer image; prints the new image's ID, as docker does.

import type { Argv, CommandModule } from 'yargs';
import { importRootfs } from '../../image/index.js';
import { CliError } from '../errors.js';
import { imageCall, openStore, readInput } from '../image-store.js';
import type { CliContext } from './context.js';

/** The `import` command. */
export function importCommand(ctx: CliContext): CommandModule {
  return {
    command: 'import [file] [reference]',
    describe: 'Import the contents from a tarball to create a filesystem image',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt import [OPTIONS] file|- [REPOSITORY[:TAG]]\n\nCreate an image from a flat rootfs tar',
        )
        .positional('file', { type: 'string', describe: 'A tar file (plain or gzip), or - for STDIN' })
        .positional('reference', { type: 'string', describe: 'Name for the new image' })
        .option('message', {
          alias: 'm',
          type: 'string',
          requiresArg: true,
          describe: '<MSG> Commit message',
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      if (argv.file === undefined) throw new CliError('"tsvirt import" requires at least 1 argument', 1);
      // yargs reads a lone `-` operand as an empty string (or true): that is the user's "stdin".
      const file = argv.file === '' || argv.file === true ? '-' : String(argv.file);
      const data = await readInput(file);
      const store = await openStore();
      const img = await imageCall(() =>
        importRootfs(store, data, {
          ...(argv.reference !== undefined ? { tag: String(argv.reference) } : {}),
          ...(argv.message !== undefined ? { message: String(argv.message) } : {}),
        }),
      );
      process.stdout.write(`${img.id}\n`);
      ctx.exitCode = 0;
    },
  };
}

// Host zone (CLI): `tsvirt rmi [-f] IMAGE…` — untag and delete images, reporting as docker does; an
// image that cannot be removed is reported and the others still are (the exit code says it failed).

import type { Argv, CommandModule } from 'yargs';
import { ImageError } from '../../image/index.js';
import { CliError, EXIT } from '../errors.js';
import { openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** The `rmi` command. */
export function rmiCommand(ctx: CliContext): CommandModule {
  return {
    command: 'rmi [images..]',
    describe: 'Remove one or more images',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt rmi [OPTIONS] IMAGE [IMAGE...]\n\nRemove one or more images')
        .positional('images', { type: 'string', array: true })
        .option('force', { alias: 'f', type: 'boolean', describe: 'Force removal of the image' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const refs = ((argv.images as unknown[] | undefined) ?? []).map(String);
      if (refs.length === 0) throw new CliError('"tsvirt rmi" requires at least 1 argument', 1);
      const store = await openStore();
      let failed = false;
      for (const ref of refs) {
        try {
          const lines = await store.rmi(ref, { force: argv.force === true });
          process.stdout.write(lines.map((l) => `${l}\n`).join(''));
        } catch (err) {
          if (!(err instanceof ImageError)) throw err;
          process.stderr.write(`tsvirt: ${err.message}\n`);
          failed = true;
        }
      }
      ctx.exitCode = failed ? EXIT.error : 0;
    },
  };
}

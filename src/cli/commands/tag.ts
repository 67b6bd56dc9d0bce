// Host zone (CLI): `tsvirt tag SOURCE TARGET` — another name for an image.

import type { Argv, CommandModule } from 'yargs';
import { CliError } from '../errors.js';
import { imageCall, openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** The `tag` command. */
export function tagCommand(ctx: CliContext): CommandModule {
  return {
    command: 'tag [source] [target]',
    describe: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nCreate a tag that refers to an image',
        )
        .positional('source', { type: 'string' })
        .positional('target', { type: 'string' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      if (argv.source === undefined || argv.target === undefined)
        throw new CliError('"tsvirt tag" requires exactly 2 arguments', 1);
      const store = await openStore();
      await imageCall(() => store.tag(String(argv.source), String(argv.target)));
      ctx.exitCode = 0;
    },
  };
}

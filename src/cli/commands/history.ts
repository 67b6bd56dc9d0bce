// Host zone (CLI): `tsvirt history IMAGE` — the steps an image was made of, newest first, with the
// size of the layer each made, as `docker history` prints them.

import type { Argv, CommandModule } from 'yargs';
import { CliError } from '../errors.js';
import { humanSize, imageCall, openStore, since, table } from '../image-store.js';
import type { CliContext } from './context.js';

/** The `history` command. */
export function historyCommand(ctx: CliContext): CommandModule {
  return {
    command: 'history [image]',
    describe: 'Show the history of an image',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt history [OPTIONS] IMAGE\n\nShow the history of an image')
        .positional('image', { type: 'string', describe: 'Image name or ID' })
        .option('no-trunc', { type: 'boolean', describe: "Don't truncate output" })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Only show image IDs' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const ref = argv.image === undefined ? undefined : String(argv.image);
      if (ref === undefined) throw new CliError('"tsvirt history" requires exactly 1 argument', 1);
      const store = await openStore();
      const rows = await imageCall(() => store.history(ref));
      const full = argv['no-trunc'] === true;
      const id = (i: string) => (full || !i.startsWith('sha256:') ? i : i.slice(7, 19));
      if (argv.quiet) {
        process.stdout.write(rows.map((r) => `${id(r.id)}\n`).join(''));
      } else {
        const cut = (s: string) => (full || s.length <= 45 ? s : `${s.slice(0, 44)}…`);
        const cells = rows.map((r) => [
          id(r.id),
          since(r.created),
          cut(r.createdBy),
          humanSize(r.size),
          r.comment,
        ]);
        process.stdout.write(table(['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], cells));
      }
      ctx.exitCode = 0;
    },
  };
}

// Host zone (CLI): `tsvirt builder prune [-f]` — drops the build cache: its entries under
// $TSVIRT_HOME/build-cache and the build steps' images (hidden from `images`) with the blobs only
// they used. Asks first, as Docker does, unless -f.

import { createInterface } from 'node:readline';
import type { Argv, CommandModule } from 'yargs';
import { pruneBuildCache } from '../../image/index.js';
import { humanSize, imageCall, openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** Reads one answer line from stdin (an empty answer at EOF). */
function ask(question: string): Promise<string> {
  process.stderr.write(question);
  const rl = createInterface({ input: process.stdin });
  return new Promise((resolve) => {
    let answered = false;
    rl.once('line', (l) => {
      answered = true;
      rl.close();
      resolve(l);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

/** The `builder` command and its `prune` subcommand. */
export function builderCommand(ctx: CliContext): CommandModule {
  return {
    command: 'builder <command>',
    describe: 'Manage the build cache',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt builder COMMAND\n\nManage the build cache')
        .command({
          command: 'prune',
          describe: 'Remove the build cache',
          builder: (p: Argv) =>
            p
              .usage(
                'Usage:  tsvirt builder prune [OPTIONS]\n\nRemove the build cache (step images and cache entries)',
              )
              .option('force', { alias: 'f', type: 'boolean', describe: 'Do not prompt for confirmation' })
              .version(false)
              .strict(),
          handler: async (argv) => {
            if (!argv.force) {
              const a = await ask(
                'WARNING! This will remove all build cache.\nAre you sure you want to continue? [y/N] ',
              );
              if (!/^y(es)?$/i.test(a.trim())) {
                ctx.exitCode = 0;
                return;
              }
            }
            const store = await openStore();
            const r = await imageCall(() => pruneBuildCache(store));
            process.stdout.write(
              `Deleted build cache: ${r.images} images, ${r.entries} entries\nTotal reclaimed space: ${humanSize(r.bytes)}\n`,
            );
            ctx.exitCode = 0;
          },
        })
        .demandCommand(1)
        .version(false)
        .strict(),
    handler: () => {},
  };
}

// Host zone (CLI): `tsvirt inspect IMAGE…` and `tsvirt image inspect IMAGE…` — the images' inspect
// records as one JSON array, as docker prints them; an unknown name fails after the known ones print.

import type { Argv, CommandModule } from 'yargs';
import { ImageError, type ImageInspect } from '../../image/index.js';
import { CliError } from '../errors.js';
import { openStore } from '../image-store.js';
import type { CliContext } from './context.js';

async function inspectAll(refs: readonly string[]): Promise<void> {
  const store = await openStore();
  const found: ImageInspect[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    try {
      found.push(await store.inspect(ref));
    } catch (err) {
      if (!(err instanceof ImageError)) throw err;
      missing.push(ref);
    }
  }
  process.stdout.write(`${JSON.stringify(found, null, 4)}\n`);
  if (missing.length > 0) throw new CliError(`No such image: ${missing.join(', ')}`, 1);
}

function builder(usage: string) {
  return (y: Argv) =>
    y
      .usage(`Usage:  ${usage} IMAGE [IMAGE...]\n\nDisplay detailed information on one or more images`)
      .positional('images', { type: 'string', array: true, describe: 'Image names or IDs' })
      .demandCommand(0)
      .version(false)
      .strict();
}

function handler(ctx: CliContext, what: string) {
  return async (argv: Record<string, unknown>) => {
    const refs = ((argv.images as unknown[] | undefined) ?? []).map(String);
    if (refs.length === 0) throw new CliError(`"${what}" requires at least 1 argument`, 1);
    await inspectAll(refs);
    ctx.exitCode = 0;
  };
}

/** The top-level `inspect` command (images only: containers live in one CLI process each). */
export function inspectCommand(ctx: CliContext): CommandModule {
  return {
    command: 'inspect [images..]',
    describe: 'Display detailed information on images',
    builder: builder('tsvirt inspect'),
    handler: handler(ctx, 'tsvirt inspect'),
  };
}

/** The `image` command group (for now: `image inspect`). */
export function imageCommand(ctx: CliContext): CommandModule {
  return {
    command: 'image <command>',
    describe: 'Manage images',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt image COMMAND\n\nManage images')
        .command({
          command: 'inspect [images..]',
          describe: 'Display detailed information on one or more images',
          builder: builder('tsvirt image inspect'),
          handler: handler(ctx, 'tsvirt image inspect'),
        })
        .demandCommand(1)
        .version(false)
        .strict(),
    handler: () => {},
  };
}

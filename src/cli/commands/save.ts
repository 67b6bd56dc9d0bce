// Host zone (CLI): `tsvirt save [-o FILE] [--format docker|oci] IMAGE…` — images as one archive, to
// a file (written whole, then renamed into place) or to stdout when that is not a terminal.

import { rename, rm, writeFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import { saveImages } from '../../image/index.js';
import { badValue, CliError } from '../errors.js';
import { imageCall, openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** Writes all of `data` to stdout and waits until it is flushed. */
export function writeStdout(data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (err) => (err ? reject(err) : resolve()));
  });
}

/** The `save` command. */
export function saveCommand(ctx: CliContext): CommandModule {
  return {
    command: 'save [images..]',
    describe: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt save [OPTIONS] IMAGE [IMAGE...]\n\nSave one or more images to a tar archive')
        .positional('images', { type: 'string', array: true })
        .option('output', {
          alias: 'o',
          type: 'string',
          requiresArg: true,
          describe: '<FILE> Write to a file',
        })
        .option('format', {
          type: 'string',
          requiresArg: true,
          describe: '<docker|oci> Archive format (default docker)',
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const refs = ((argv.images as unknown[] | undefined) ?? []).map(String);
      if (refs.length === 0) throw new CliError('"tsvirt save" requires at least 1 argument', 1);
      const format = argv.format === undefined ? 'docker' : String(argv.format);
      if (format !== 'docker' && format !== 'oci')
        throw badValue('--format', format, 'must be docker or oci');
      const output = argv.output === undefined ? undefined : String(argv.output);
      if (output === undefined && process.stdout.isTTY)
        throw new CliError('cowardly refusing to save to a terminal. Use the -o flag or redirect');
      const store = await openStore();
      const data = await imageCall(() => saveImages(store, refs, format));
      if (output === undefined) {
        await writeStdout(data);
      } else {
        const tmp = `${output}.tsvirt-${process.pid}.tmp`;
        try {
          await writeFile(tmp, data, { flag: 'wx' });
          await rename(tmp, output);
        } catch (err) {
          await rm(tmp, { force: true });
          const why = err instanceof Error && 'code' in err ? String(err.code) : String(err);
          throw new CliError(`failed to save to ${output}: ${why}`);
        }
      }
      ctx.exitCode = 0;
    },
  };
}

// Host zone (CLI): `tsvirt load [-i FILE]` and `tsvirt import FILE|- [NAME[:TAG]]` — archives in:
// a docker-archive or OCI archive (detected), or a flat rootfs tar as a one-layer image.

import { readFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import { importRootfs, loadArchive } from '../../image/index.js';
import { CliError } from '../errors.js';
import { imageCall, openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** All of stdin (the CLI reads archives whole: they are verified before anything is stored). */
async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('requested load from stdin, but stdin is empty');
    return readStdin();
  }
  try {
    return await readFile(file);
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    throw new CliError(`open ${file}: ${code === 'ENOENT' ? 'no such file or directory' : code}`);
  }
}

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

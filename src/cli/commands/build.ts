// Host zone (CLI): `tsvirt build` — builds an image from a Containerfile and a context directory in
// an in-process kernel, printing one progress line per step (`#3 [2/5] RUN npm test`, then
// `#3 DONE 0.4s` or `#3 CACHED`) and RUN's output on stderr, as `docker build --progress plain` does;
// `-q` prints only the image ID. A failed build exits with the failing RUN's code (1 otherwise).

import type { Argv, CommandModule } from 'yargs';
import { BuildError, type BuildEvent } from '../../image/index.js';
import { Kernel } from '../../kernel/kernel.js';
import { CliError } from '../errors.js';
import { imageCall } from '../image-store.js';
import type { CliContext } from './context.js';

/** Parses `--build-arg K=V` (a bare `K` takes the host's value, as Docker does). */
function buildArgs(values: readonly string[], env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const v of values) {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))
      throw new CliError(`invalid argument "${v}" for "--build-arg" flag`);
    if (eq >= 0) out[key] = v.slice(eq + 1);
    else if (env[key] !== undefined) out[key] = env[key] as string;
  }
  return out;
}

const list = (v: unknown): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).map(String));

/** Writes progress events to stderr in BuildKit's plain format. */
function printer(quiet: boolean): { on: (e: BuildEvent) => void; flushFailed: () => void } {
  const held: Uint8Array[] = [];
  const err = (s: string | Uint8Array) => process.stderr.write(s);
  return {
    on: (e) => {
      if (e.type === 'output') {
        if (quiet) held.push(e.data);
        else err(e.data);
        return;
      }
      if (quiet) return;
      if (e.type === 'step') err(`#${e.step} ${e.label} ${e.text}\n`);
      else if (e.type === 'cached') err(`#${e.step} CACHED\n`);
      else if (e.type === 'done') err(`#${e.step} DONE ${(e.ms / 1000).toFixed(1)}s\n`);
      else err(`${e.message}\n`);
    },
    // With -q, a failing RUN's output is still shown (it says why the build failed).
    flushFailed: () => {
      for (const d of held) err(d);
    },
  };
}

/** The `build` command. */
export function buildCommand(ctx: CliContext): CommandModule {
  return {
    command: 'build [paths..]',
    describe: 'Build an image from a Containerfile',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt build [OPTIONS] PATH\n\n' +
            'Build an image from a Containerfile (or Dockerfile) and the context directory PATH.\n' +
            'RUN steps run in build containers; unchanged steps come from the layer cache.',
        )
        .option('tag', {
          alias: 't',
          type: 'string',
          requiresArg: true,
          describe: '<NAME[:TAG]> Name the image (repeatable)',
        })
        .option('file', {
          alias: 'f',
          type: 'string',
          requiresArg: true,
          describe: '<FILE> The Containerfile (default PATH/Containerfile, else PATH/Dockerfile)',
        })
        .option('build-arg', {
          type: 'string',
          requiresArg: true,
          describe: '<KEY=VALUE> Set a build-time variable (repeatable)',
        })
        .option('no-cache', { type: 'boolean', describe: 'Do not use the layer cache' })
        .option('target', { type: 'string', requiresArg: true, describe: '<STAGE> Build up to this stage' })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Print only the image ID' })
        .option('progress', {
          type: 'string',
          requiresArg: true,
          describe: '<TYPE> Progress output: plain (or auto, the same)',
        })
        .example('tsvirt build -t app .', 'build ./Containerfile as app:latest')
        .example(
          'tsvirt build -t app:2 -f ci/Dockerfile --build-arg MODE=prod .',
          'another file, a build arg',
        )
        .version(false)
        .strict(),
    handler: async (argv) => {
      const operands = [...argv._.slice(1), ...list(argv.paths)].map(String);
      if (operands.length !== 1)
        throw new CliError(`"tsvirt build" requires exactly 1 argument; see 'tsvirt build --help'`, 1);
      const progress = argv.progress === undefined ? 'plain' : String(argv.progress);
      if (progress !== 'plain' && progress !== 'auto')
        throw new CliError(
          `invalid argument "${progress}" for "--progress" flag: only plain and auto are supported`,
        );
      const quiet = argv.quiet === true;
      const out = printer(quiet);
      const kernel = new Kernel();
      try {
        const started = performance.now();
        const result = await imageCall(() =>
          kernel.build({
            context: operands[0] as string,
            ...(argv.file !== undefined ? { file: String(argv.file) } : {}),
            tags: list(argv.tag),
            buildArgs: buildArgs(list(argv['build-arg']), process.env),
            noCache: argv['no-cache'] === true,
            ...(argv.target !== undefined ? { target: String(argv.target) } : {}),
            onProgress: out.on,
          }),
        );
        if (quiet) process.stdout.write(`${result.id}\n`);
        else {
          const secs = ((performance.now() - started) / 1000).toFixed(1);
          process.stderr.write(`writing image ${result.id} done (${secs}s)\n`);
          for (const t of result.tags) process.stderr.write(`naming to ${t} done\n`);
        }
        ctx.exitCode = 0;
      } catch (e) {
        if (!(e instanceof BuildError)) throw e;
        if (quiet) out.flushFailed();
        throw new CliError(e.message, e.exitCode);
      } finally {
        await kernel.close();
      }
    },
  };
}

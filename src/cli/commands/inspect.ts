// Host zone (CLI): `tsvirt inspect NAME…` (a container in the daemon, else an image, as docker looks
// names up; --type picks one) and `tsvirt image inspect IMAGE…` — the inspect records as one JSON
// array, as docker prints them; an unknown name fails after the known ones print.

import type { Argv, CommandModule } from 'yargs';
import { type DaemonClient, DaemonError, DaemonUnavailableError } from '../../daemon/client.js';
import { ImageError } from '../../image/index.js';
import { daemonClient, daemonFailure } from '../daemon-call.js';
import { CliError } from '../errors.js';
import { openStore } from '../image-store.js';
import type { CliContext } from './context.js';

/** The daemon's record of container `ref`, or undefined (no such container, or no daemon running). */
async function containerRecord(client: DaemonClient | undefined, ref: string): Promise<unknown> {
  if (!client) return undefined;
  try {
    return (await client.call('GET', `/containers/${encodeURIComponent(ref)}/json`)).body;
  } catch (err) {
    if (err instanceof DaemonError && (err.status === 404 || err.status === 400)) return undefined;
    if (err instanceof DaemonUnavailableError) return undefined;
    throw daemonFailure(err);
  }
}

async function inspectAll(refs: readonly string[], type: 'container' | 'image' | undefined): Promise<void> {
  const store = type === 'container' ? undefined : await openStore();
  const client = type === 'image' ? undefined : daemonClient();
  const found: unknown[] = [];
  const missing: string[] = [];
  for (const ref of refs) {
    const rec = await containerRecord(client, ref);
    if (rec !== undefined) {
      found.push(rec);
      continue;
    }
    if (!store) {
      missing.push(ref);
      continue;
    }
    try {
      found.push(await store.inspect(ref));
    } catch (err) {
      if (!(err instanceof ImageError)) throw err;
      missing.push(ref);
    }
  }
  process.stdout.write(`${JSON.stringify(found, null, 4)}\n`);
  const what = type === 'image' ? 'image' : type === 'container' ? 'container' : 'object';
  if (missing.length > 0) throw new CliError(`No such ${what}: ${missing.join(', ')}`, 1);
}

function builder(usage: string, operands = 'IMAGE [IMAGE...]', what = 'images') {
  return (y: Argv) =>
    y
      .usage(`Usage:  ${usage} ${operands}\n\nDisplay detailed information on one or more ${what}`)
      .positional('images', { type: 'string', array: true, describe: 'Names or IDs' })
      .demandCommand(0)
      .version(false)
      .strict();
}

function handler(ctx: CliContext, what: string, only?: 'image') {
  return async (argv: Record<string, unknown>) => {
    const refs = ((argv.images as unknown[] | undefined) ?? []).map(String);
    if (refs.length === 0) throw new CliError(`"${what}" requires at least 1 argument`, 1);
    const type = only ?? argv.type;
    if (type !== undefined && type !== 'container' && type !== 'image')
      throw new CliError(`unknown type: ${String(type)} (container or image)`);
    await inspectAll(refs, type);
    ctx.exitCode = 0;
  };
}

/** The top-level `inspect` command: a daemon's container, else an image. */
export function inspectCommand(ctx: CliContext): CommandModule {
  return {
    command: 'inspect [images..]',
    describe: 'Display detailed information on containers or images',
    builder: (y: Argv) =>
      builder(
        'tsvirt inspect',
        'NAME|ID [NAME|ID...]',
        'containers (in the daemon) or images',
      )(y).option('type', {
        type: 'string',
        requiresArg: true,
        describe: '<container|image> Only look for this type',
      }),
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
          handler: handler(ctx, 'tsvirt image inspect', 'image'),
        })
        .demandCommand(1)
        .version(false)
        .strict(),
    handler: () => {},
  };
}

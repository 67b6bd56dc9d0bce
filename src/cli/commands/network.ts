// Host zone (CLI): `tsvirt network create [--subnet CIDR] NAME | ls [-q] [--json] | rm NAME... |
// inspect NAME...` — user-defined networks in the daemon (containers on one reach each other by name).

import type { Argv, CommandModule } from 'yargs';
import { DaemonError } from '../../daemon/client.js';
import { daemonCall, eachContainer, seg } from '../daemon-call.js';
import { CliError } from '../errors.js';
import { table } from '../image-store.js';
import type { CliContext } from './context.js';

interface NetworkView {
  Name: string;
  Id: string;
  Driver: string;
  Scope: string;
  IPAM: { Config: Array<{ Subnet: string }> };
}

function names(argv: Record<string, unknown>): string[] {
  return ((argv.networks as unknown[] | undefined) ?? []).map(String);
}

function sub(
  ctx: CliContext,
  command: string,
  describe: string,
  usage: string,
  opts: (y: Argv) => Argv,
  run: (argv: Record<string, unknown>) => Promise<void>,
): CommandModule {
  return {
    command,
    describe,
    builder: (y: Argv) =>
      opts(y.usage(`Usage:  tsvirt network ${usage}\n\n${describe}`))
        .version(false)
        .strict(),
    handler: async (argv) => {
      await run(argv);
      ctx.exitCode = 0;
    },
  };
}

/** The `network` command group. */
export function networkCommand(ctx: CliContext): CommandModule {
  const create = sub(
    ctx,
    'create [name]',
    'Create a network',
    'create [OPTIONS] NETWORK',
    (y) =>
      y.option('subnet', {
        type: 'string',
        requiresArg: true,
        describe: '<CIDR> Subnet, e.g. 10.89.0.0/24 (default: the next free one)',
      }),
    async (argv) => {
      if (argv.name === undefined)
        throw new CliError('"tsvirt network create" requires exactly 1 argument', 1);
      const body = {
        Name: String(argv.name),
        ...(argv.subnet !== undefined ? { IPAM: { Config: [{ Subnet: String(argv.subnet) }] } } : {}),
      };
      const made = await daemonCall((c) => c.call<{ Id: string }>('POST', '/networks/create', { body }));
      process.stdout.write(`${made.body.Id}\n`);
    },
  );
  const ls = sub(
    ctx,
    'ls',
    'List networks',
    'ls [OPTIONS]',
    (y) =>
      y
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Only display network names' })
        .option('json', { type: 'boolean', describe: 'Print the list as a JSON array' }),
    async (argv) => {
      const list = (await daemonCall((c) => c.call<NetworkView[]>('GET', '/networks'))).body;
      if (argv.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else if (argv.quiet) process.stdout.write(list.map((n) => `${n.Name}\n`).join(''));
      else
        process.stdout.write(
          table(
            ['NETWORK ID', 'NAME', 'DRIVER', 'SUBNET'],
            list.map((n) => [n.Id.slice(0, 12), n.Name, n.Driver, n.IPAM.Config[0]?.Subnet ?? '']),
          ),
        );
    },
  );
  const rm = sub(
    ctx,
    'rm [networks..]',
    'Remove one or more networks',
    'rm NETWORK [NETWORK...]',
    (y) => y,
    async (argv) => {
      await eachContainer(
        names(argv),
        async (c, ref) => {
          await c.call('DELETE', `/networks/${seg(ref)}`);
          return ref;
        },
        'networks',
      );
    },
  );
  const inspect = sub(
    ctx,
    'inspect [networks..]',
    'Display detailed information on one or more networks',
    'inspect NETWORK [NETWORK...]',
    (y) => y,
    async (argv) => {
      const refs = names(argv);
      if (refs.length === 0) throw new CliError('"tsvirt network inspect" requires at least 1 argument', 1);
      const found: unknown[] = [];
      const missing: string[] = [];
      await daemonCall(async (c) => {
        for (const ref of refs) {
          try {
            found.push((await c.call('GET', `/networks/${seg(ref)}`)).body);
          } catch (err) {
            if (!(err instanceof DaemonError)) throw err;
            missing.push(ref);
          }
        }
      });
      process.stdout.write(`${JSON.stringify(found, null, 4)}\n`);
      if (missing.length > 0)
        throw new CliError(`Error response from daemon: network ${missing.join(', ')} not found`, 1);
    },
  );
  return {
    command: 'network <command>',
    describe: 'Manage networks',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt network COMMAND\n\nManage networks (needs the daemon)')
        .command(create)
        .command(ls)
        .command(rm)
        .command(inspect)
        .demandCommand(1)
        .version(false)
        .strict(),
    handler: () => {},
  };
}

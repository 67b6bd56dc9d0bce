// Host zone (CLI): `tsvirt ps [-a] [-q] [--json] [--no-trunc]` — the daemon's containers, newest
// first, as `docker ps` lists them (running only unless -a).

import type { Argv, CommandModule } from 'yargs';
import { daemonCall } from '../daemon-call.js';
import { since, table } from '../image-store.js';
import type { CliContext } from './context.js';

/** One entry of the daemon's GET /containers/json. */
export interface ContainerSummary {
  Id: string;
  Names: string[];
  Image: string;
  Command: string;
  Created: number;
  State: string;
  Status: string;
  ExitCode: number;
  Reason: string;
  RestartCount: number;
  Ports: Array<{ IP: string; PrivatePort: number; PublicPort: number; Type: string }>;
  Shard: number | null;
}

function truncate(s: string, n: number, on: boolean): string {
  return on && s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** The `ps` command. */
export function psCommand(ctx: CliContext): CommandModule {
  return {
    command: 'ps',
    describe: 'List containers',
    builder: (y: Argv) =>
      y
        .usage("Usage:  tsvirt ps [OPTIONS]\n\nList the daemon's containers (running ones unless -a)")
        .option('all', {
          alias: 'a',
          type: 'boolean',
          describe: 'Show all containers (default shows just running)',
        })
        .option('quiet', { alias: 'q', type: 'boolean', describe: 'Only display container IDs' })
        .option('json', { type: 'boolean', describe: 'Print the list as a JSON array' })
        .option('no-trunc', { type: 'boolean', describe: "Don't truncate output" })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const list = await daemonCall(
        async (c) =>
          (await c.call<ContainerSummary[]>('GET', '/containers/json', { query: { all: argv.all ? 1 : 0 } }))
            .body,
      );
      const trunc = argv.noTrunc !== true;
      if (argv.json) process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
      else if (argv.quiet)
        process.stdout.write(list.map((c) => `${trunc ? c.Id.slice(0, 12) : c.Id}\n`).join(''));
      else {
        const rows = list.map((c) => [
          trunc ? c.Id.slice(0, 12) : c.Id,
          c.Image,
          JSON.stringify(truncate(c.Command, 20, trunc)),
          since(new Date(c.Created * 1000).toISOString()),
          c.Status,
          c.Ports.map((p) => `${p.IP}:${p.PublicPort}->${p.PrivatePort}/${p.Type}`).join(', '),
          c.Names.map((n) => n.replace(/^\//, '')).join(','),
        ]);
        process.stdout.write(
          table(['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'], rows),
        );
      }
      ctx.exitCode = 0;
    },
  };
}

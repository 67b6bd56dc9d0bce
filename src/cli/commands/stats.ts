// Host zone (CLI): `tsvirt stats [--no-stream] [--json] [-a] [CONTAINER...]` — live resource usage of
// running containers (CPU %, memory, pids, net and fs bytes) from their shards' cgroup accounting;
// a table refreshed every second, or one sample with --no-stream (a JSON array with --json).

import type { Argv, CommandModule } from 'yargs';
import type { ContainerStats } from '../../cgroup/cgroup.js';
import type { DaemonClient } from '../../daemon/client.js';
import { daemonCall, seg } from '../daemon-call.js';
import { humanSize, table } from '../image-store.js';
import type { CliContext } from './context.js';
import type { ContainerSummary } from './ps.js';

type Sample = { id: string; name: string; running: boolean } & Partial<ContainerStats>;

/** One row of `stats --json`: numbers in plain units. */
export interface StatsRow {
  ID: string;
  Name: string;
  Running: boolean;
  CPUPerc: number;
  MemUsage: number;
  MemLimit: number | null;
  MemPerc: number | null;
  PIDs: number;
  NetRx: number;
  NetTx: number;
  BlockRead: number;
  BlockWrite: number;
}

function row(s: Sample): StatsRow {
  const usage = s.memory?.usage ?? 0;
  const limit = s.memory?.limit ?? null;
  return {
    ID: s.id,
    Name: s.name.replace(/^\//, ''),
    Running: s.running,
    CPUPerc: s.cpu?.percent ?? 0,
    MemUsage: usage,
    MemLimit: limit,
    MemPerc: limit ? Math.round((usage / limit) * 10000) / 100 : null,
    PIDs: s.pids?.current ?? 0,
    NetRx: s.net?.rxBytes ?? 0,
    NetTx: s.net?.txBytes ?? 0,
    BlockRead: s.fs?.readBytes ?? 0,
    BlockWrite: s.fs?.writtenBytes ?? 0,
  };
}

function render(rows: StatsRow[]): string {
  return table(
    ['CONTAINER ID', 'NAME', 'CPU %', 'MEM USAGE / LIMIT', 'MEM %', 'NET I/O', 'BLOCK I/O', 'PIDS'],
    rows.map((r) => [
      r.ID.slice(0, 12),
      r.Name,
      `${r.CPUPerc.toFixed(2)}%`,
      `${humanSize(r.MemUsage)} / ${r.MemLimit === null ? 'unlimited' : humanSize(r.MemLimit)}`,
      r.MemPerc === null ? '--' : `${r.MemPerc.toFixed(2)}%`,
      `${humanSize(r.NetRx)} / ${humanSize(r.NetTx)}`,
      `${humanSize(r.BlockRead)} / ${humanSize(r.BlockWrite)}`,
      String(r.PIDs),
    ]),
  );
}

async function sample(c: DaemonClient, refs: string[], all: boolean): Promise<StatsRow[]> {
  const targets =
    refs.length > 0
      ? refs
      : (
          await c.call<ContainerSummary[]>('GET', '/containers/json', { query: { all: all ? 1 : 0 } })
        ).body.map((s) => s.Id);
  const out: StatsRow[] = [];
  for (const ref of targets) {
    out.push(
      row((await c.call<Sample>('GET', `/containers/${seg(ref)}/stats`, { query: { stream: 0 } })).body),
    );
  }
  return out;
}

/** The `stats` command. */
export function statsCommand(ctx: CliContext): CommandModule {
  return {
    command: 'stats [containers..]',
    describe: 'Display a live stream of container resource usage statistics',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt stats [OPTIONS] [CONTAINER...]\n\nDisplay resource usage of containers (running ones by default)',
        )
        .positional('containers', { type: 'string', array: true, describe: 'Container names or IDs' })
        .option('all', {
          alias: 'a',
          type: 'boolean',
          describe: 'Show all containers (default shows just running)',
        })
        .option('no-stream', { type: 'boolean', describe: 'Print one sample and exit' })
        .option('json', {
          type: 'boolean',
          describe: 'Print a JSON array of samples (with --no-stream: once)',
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const refs = ((argv.containers as unknown[] | undefined) ?? []).map(String);
      const once = argv.noStream === true;
      await daemonCall(async (c) => {
        for (;;) {
          const rows = await sample(c, refs, argv.all === true);
          if (argv.json) process.stdout.write(`${JSON.stringify(rows, null, once ? 2 : undefined)}\n`);
          else process.stdout.write(`${once ? '' : '\x1b[2J\x1b[H'}${render(rows)}`);
          if (once) return;
          await new Promise((r) => setTimeout(r, 1000));
        }
      });
      ctx.exitCode = 0;
    },
  };
}

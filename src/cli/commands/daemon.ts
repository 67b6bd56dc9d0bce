// Host zone (CLI): `tsvirt daemon` — runs the supervisor and its REST API on a Unix socket in the
// foreground until SIGTERM or SIGINT, then stops its containers and shards and exits 0.

import type { Argv, CommandModule } from 'yargs';
import { defaultSocket } from '../../daemon/client.js';
import { startDaemon } from '../../daemon/server.js';
import { defaultHome } from '../../image/index.js';
import { badValue, CliError } from '../errors.js';
import { parseBytes } from '../values.js';
import type { CliContext } from './context.js';

/** The `daemon` command. */
export function daemonCommand(ctx: CliContext): CommandModule {
  return {
    command: 'daemon',
    describe: 'Run the tsvirt daemon (containers in the background, the REST API)',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt daemon [OPTIONS]\n\n' +
            'Serve the tsvirt API on a Unix socket and run containers in kernel shards (child\n' +
            'processes, each a crash domain). Stops its containers on SIGTERM or SIGINT.',
        )
        .option('socket', {
          type: 'string',
          requiresArg: true,
          describe: '<PATH> API socket (default $TSVIRT_HOME/tsvirt.sock)',
        })
        .option('shards', {
          type: 'string',
          requiresArg: true,
          describe: '<N> Kernel shard processes (default 2)',
        })
        .option('warm-pool', {
          type: 'string',
          requiresArg: true,
          describe: '<N> Isolates each shard keeps booted-ready for new processes (default 2)',
        })
        .option('log-max-size', {
          type: 'string',
          requiresArg: true,
          describe: "<BYTES> Size of each of a container's two log files (default 8m)",
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const shardsText = String(argv.shards ?? '2');
      if (!/^\d{1,2}$/.test(shardsText) || Number(shardsText) < 1 || Number(shardsText) > 64)
        throw badValue('--shards', shardsText, 'a number of shards from 1 to 64');
      const warmText = String(argv.warmPool ?? '2');
      if (!/^\d{1,2}$/.test(warmText) || Number(warmText) > 64)
        throw badValue('--warm-pool', warmText, 'a number of isolates from 0 to 64');
      let logMaxBytes: number | undefined;
      if (argv.logMaxSize !== undefined) {
        const v = String(argv.logMaxSize);
        const n = parseBytes(v);
        if (n === null || n < 1024) throw badValue('--log-max-size', v, 'a size of at least 1k');
        logMaxBytes = n;
      }
      const socket = argv.socket !== undefined ? String(argv.socket) : defaultSocket();
      const log = (m: string) => process.stderr.write(`tsvirt daemon: ${m}\n`);
      let daemon: Awaited<ReturnType<typeof startDaemon>>;
      try {
        daemon = await startDaemon({
          home: defaultHome(),
          socket,
          shards: Number(shardsText),
          warmPool: Number(warmText),
          log,
          ...(logMaxBytes !== undefined ? { logMaxBytes } : {}),
        });
      } catch (err) {
        throw new CliError(`cannot start the daemon: ${err instanceof Error ? err.message : String(err)}`);
      }
      const pids = daemon.supervisor
        .shardInfo()
        .map((s) => s.Pid)
        .join(', ');
      log(`API listening on ${socket} (pid ${process.pid}; shards: ${pids})`);
      await new Promise<void>((resolve) => {
        const stop = (sig: string) => {
          log(`${sig}: stopping containers and shards`);
          process.off('SIGTERM', onTerm);
          process.off('SIGINT', onInt);
          resolve();
        };
        const onTerm = () => stop('SIGTERM');
        const onInt = () => stop('SIGINT');
        process.on('SIGTERM', onTerm);
        process.on('SIGINT', onInt);
      });
      await daemon.close();
      ctx.exitCode = 0;
    },
  };
}

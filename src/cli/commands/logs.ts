// Host zone (CLI): `tsvirt logs [-f] [--tail N] [-t] CONTAINER` — a container's kept output (its
// json-file log in the daemon), stdout to stdout and stderr to stderr; -f follows until it stops.

import type { Argv, CommandModule } from 'yargs';
import { daemonCall, seg } from '../daemon-call.js';
import { badValue, CliError } from '../errors.js';
import type { CliContext } from './context.js';

/** The `logs` command. */
export function logsCommand(ctx: CliContext): CommandModule {
  return {
    command: 'logs [container]',
    describe: 'Fetch the logs of a container',
    builder: (y: Argv) =>
      y
        .usage('Usage:  tsvirt logs [OPTIONS] CONTAINER\n\nFetch the logs of a container')
        .positional('container', { type: 'string', describe: 'Container name or ID' })
        .option('follow', { alias: 'f', type: 'boolean', describe: 'Follow log output' })
        .option('tail', {
          alias: 'n',
          type: 'string',
          requiresArg: true,
          describe: '<N> Number of lines to show from the end (default "all")',
        })
        .option('timestamps', { alias: 't', type: 'boolean', describe: 'Show timestamps' })
        .version(false)
        .strict(),
    handler: async (argv) => {
      if (argv.container === undefined) throw new CliError('"tsvirt logs" requires exactly 1 argument', 1);
      const tail = argv.tail === undefined ? 'all' : String(argv.tail);
      if (tail !== 'all' && !/^\d{1,9}$/.test(tail))
        throw badValue('--tail', tail, 'a number of lines or "all"');
      await daemonCall((c) =>
        c.stream(
          'GET',
          `/containers/${seg(String(argv.container))}/logs`,
          {
            query: {
              stdout: 1,
              stderr: 1,
              follow: argv.follow ? 1 : 0,
              tail,
              timestamps: argv.timestamps ? 1 : 0,
            },
          },
          (stream, data) => (stream === 2 ? process.stderr : process.stdout).write(data),
        ),
      );
      ctx.exitCode = 0;
    },
  };
}

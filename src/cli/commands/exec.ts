// Host zone (CLI): `tsvirt exec [-i] [-t] [-d] [-e K=V] [-w DIR] [-u USER] CONTAINER CMD [ARG...]` —
// runs another process in a running container through the daemon: an upgraded connection carries
// stdin in (with -i) and its output back; the CLI exits with the process's exit code.

import type { Argv, CommandModule } from 'yargs';
import { demuxer } from '../../daemon/http.js';
import type { FlagShape } from '../argv-split.js';
import { daemonCall, seg } from '../daemon-call.js';
import { CliError } from '../errors.js';
import type { CliContext } from './context.js';

/** exec's value-taking flags, for the operand splitter (flags end at CONTAINER). */
export const EXEC_FLAG_SHAPE: FlagShape = {
  longWithValue: new Set(['env', 'workdir', 'user']),
  shortWithValue: new Set(['e', 'w', 'u']),
};

function list(v: unknown): string[] {
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

/** The `exec` command. */
export function execCommand(ctx: CliContext): CommandModule {
  return {
    command: 'exec',
    describe: 'Execute a command in a running container',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nExecute a command in a running container',
        )
        .option('interactive', { alias: 'i', type: 'boolean', describe: 'Keep STDIN open and attach it' })
        .option('tty', {
          alias: 't',
          type: 'boolean',
          describe: 'Allocate a terminal (isTTY in the process)',
        })
        .option('detach', { alias: 'd', type: 'boolean', describe: 'Run the command in the background' })
        .option('env', {
          alias: 'e',
          type: 'string',
          requiresArg: true,
          describe: '<KEY=VALUE> Set an environment variable',
        })
        .option('workdir', {
          alias: 'w',
          type: 'string',
          requiresArg: true,
          describe: '<PATH> Working directory inside the container',
        })
        .option('user', {
          alias: 'u',
          type: 'string',
          requiresArg: true,
          describe: '<USER[:GRP]> Username or UID',
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const operands = ((argv['--'] as unknown[] | undefined) ?? []).map(String);
      const [ref, ...cmd] = operands;
      if (ref === undefined || cmd.length === 0)
        throw new CliError('"tsvirt exec" requires at least 2 arguments: CONTAINER COMMAND', 1);
      const tty = argv.tty === true;
      const interactive = argv.interactive === true;
      if (tty && interactive && !process.stdin.isTTY) throw new CliError('the input device is not a TTY', 1);
      const env = list(argv.env);
      for (const e of env) if (!/^[^=]+=/.test(e)) throw new CliError(`invalid environment variable: ${e}`);
      const body = {
        Cmd: cmd,
        ...(env.length > 0 ? { Env: env } : {}),
        ...(argv.workdir !== undefined ? { WorkingDir: String(argv.workdir) } : {}),
        ...(argv.user !== undefined ? { User: String(argv.user) } : {}),
        Tty: tty,
        AttachStdin: interactive && argv.detach !== true,
      };
      ctx.exitCode = await daemonCall(async (c) => {
        const made = await c.call<{ Id: string }>('POST', `/containers/${seg(ref)}/exec`, { body });
        const id = made.body.Id;
        if (argv.detach) {
          await c.call('POST', `/exec/${seg(id)}/start`, { body: { Detach: true } });
          return 0;
        }
        const socket = await c.upgrade(`/exec/${seg(id)}/start`, { Detach: false, Tty: tty });
        const raw = tty && interactive && process.stdin.isTTY === true;
        if (raw) process.stdin.setRawMode(true);
        const feed = demuxer((stream, data) => (stream === 2 ? process.stderr : process.stdout).write(data));
        const done = new Promise<void>((resolve) => {
          socket.on('data', feed);
          socket.once('end', resolve);
          socket.once('close', resolve);
          socket.on('error', () => resolve());
        });
        if (interactive) {
          process.stdin.on('data', (d: Buffer) => socket.write(d));
          process.stdin.once('end', () => socket.end());
        }
        await done;
        if (raw) process.stdin.setRawMode(false);
        process.stdin.pause();
        process.stdin.unref?.();
        const info = await c.call<{ ExitCode: number | null }>('GET', `/exec/${seg(id)}/json`);
        return info.body.ExitCode ?? 126;
      });
    },
  };
}

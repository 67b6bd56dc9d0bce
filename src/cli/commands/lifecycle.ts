// Host zone (CLI): the commands that act on containers by name or ID, one command module each:
// `stop [-t N]`, `kill [-s SIG]`, `rm [-f]`, `restart [-t N]` and `wait` (prints each exit code).
// Each goes on past a failed container and fails at the end, as docker does.

import type { Argv, CommandModule } from 'yargs';
import { eachContainer, seg } from '../daemon-call.js';
import { badValue } from '../errors.js';
import type { CliContext } from './context.js';

function refs(argv: Record<string, unknown>): string[] {
  return ((argv.containers as unknown[] | undefined) ?? []).map(String);
}

function seconds(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  const s = String(v);
  if (!/^\d{1,6}$/.test(s)) throw badValue('-t, --time', s, 'a number of seconds');
  return Number(s);
}

function module(
  ctx: CliContext,
  name: string,
  describe: string,
  options: (y: Argv) => Argv,
  act: (argv: Record<string, unknown>) => Parameters<typeof eachContainer>[1],
): CommandModule {
  return {
    command: `${name} [containers..]`,
    describe,
    builder: (y: Argv) =>
      options(
        y
          .usage(`Usage:  tsvirt ${name} [OPTIONS] CONTAINER [CONTAINER...]\n\n${describe}`)
          .positional('containers', { type: 'string', array: true, describe: 'Container names or IDs' }),
      )
        .version(false)
        .strict(),
    handler: async (argv) => {
      await eachContainer(refs(argv), act(argv));
      ctx.exitCode = 0;
    },
  };
}

const timeOption = (what: string) => (y: Argv) =>
  y.option('time', {
    alias: 't',
    type: 'string',
    requiresArg: true,
    describe: `<N> Seconds to wait before killing it (${what})`,
  });

/** `tsvirt stop`. */
export function stopCommand(ctx: CliContext): CommandModule {
  return module(
    ctx,
    'stop',
    'Stop one or more running containers (SIGTERM, then SIGKILL)',
    timeOption('default 10'),
    (argv) => {
      const t = seconds(argv.time);
      return async (c, ref) => {
        await c.call('POST', `/containers/${seg(ref)}/stop`, { query: { t } });
        return ref;
      };
    },
  );
}

/** `tsvirt kill`. */
export function killCommand(ctx: CliContext): CommandModule {
  return module(
    ctx,
    'kill',
    'Kill one or more running containers (send a signal to PID 1)',
    (y) =>
      y.option('signal', {
        alias: 's',
        type: 'string',
        requiresArg: true,
        describe: '<SIG> Signal to send (default "KILL")',
      }),
    (argv) => async (c, ref) => {
      await c.call('POST', `/containers/${seg(ref)}/kill`, {
        query: { signal: String(argv.signal ?? 'KILL') },
      });
      return ref;
    },
  );
}

/** `tsvirt rm`. */
export function rmCommand(ctx: CliContext): CommandModule {
  return module(
    ctx,
    'rm',
    'Remove one or more containers',
    (y) =>
      y.option('force', {
        alias: 'f',
        type: 'boolean',
        describe: 'Force the removal of a running container (SIGKILL)',
      }),
    (argv) => async (c, ref) => {
      await c.call('DELETE', `/containers/${seg(ref)}`, { query: { force: argv.force ? 1 : 0 } });
      return ref;
    },
  );
}

/** `tsvirt restart`. */
export function restartCommand(ctx: CliContext): CommandModule {
  return module(ctx, 'restart', 'Restart one or more containers', timeOption('default 10'), (argv) => {
    const t = seconds(argv.time);
    return async (c, ref) => {
      await c.call('POST', `/containers/${seg(ref)}/restart`, { query: { t } });
      return ref;
    };
  });
}

/** `tsvirt wait`. */
export function waitCommand(ctx: CliContext): CommandModule {
  return module(
    ctx,
    'wait',
    'Block until one or more containers stop, then print their exit codes',
    (y) => y,
    () => async (c, ref) => {
      const r = await c.call<{ StatusCode: number }>('POST', `/containers/${seg(ref)}/wait`);
      return String(r.body.StatusCode);
    },
  );
}

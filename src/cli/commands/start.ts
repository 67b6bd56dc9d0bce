// Host zone (CLI): `tsvirt start [-a] CONTAINER...` — starts stopped containers in the daemon; with -a
// (one container) its output is attached before it starts and the CLI exits with its exit code.

import type { Argv, CommandModule } from 'yargs';
import { daemonCall, eachContainer, seg } from '../daemon-call.js';
import { CliError } from '../errors.js';
import type { CliContext } from './context.js';

async function startAttached(ref: string): Promise<number> {
  return daemonCall(async (c) => {
    const id = (await c.call<{ Id: string }>('GET', `/containers/${seg(ref)}/json`)).body.Id;
    let opened!: () => void;
    const open = new Promise<void>((r) => {
      opened = r;
    });
    const output = c.stream(
      'POST',
      `/containers/${seg(id)}/attach`,
      { query: { stream: 1, stdout: 1, stderr: 1 } },
      (stream, data) => (stream === 2 ? process.stderr : process.stdout).write(data),
      opened,
    );
    await Promise.race([open, output]);
    await c.call('POST', `/containers/${seg(id)}/start`);
    await output;
    const state = (await c.call<{ State: { ExitCode: number } }>('GET', `/containers/${seg(id)}/json`)).body
      .State;
    return state.ExitCode;
  });
}

/** The `start` command. */
export function startCommand(ctx: CliContext): CommandModule {
  return {
    command: 'start [containers..]',
    describe: 'Start one or more stopped containers',
    builder: (y: Argv) =>
      y
        .usage(
          'Usage:  tsvirt start [OPTIONS] CONTAINER [CONTAINER...]\n\nStart one or more stopped containers',
        )
        .positional('containers', { type: 'string', array: true, describe: 'Container names or IDs' })
        .option('attach', {
          alias: 'a',
          type: 'boolean',
          describe: "Attach its stdout/stderr; exit with the container's code",
        })
        .version(false)
        .strict(),
    handler: async (argv) => {
      const refs = ((argv.containers as unknown[] | undefined) ?? []).map(String);
      if (argv.attach) {
        if (refs.length !== 1)
          throw new CliError('you cannot start and attach multiple containers at once', 1);
        ctx.exitCode = await startAttached(refs[0] as string);
        return;
      }
      await eachContainer(refs, async (c, ref) => {
        await c.call('POST', `/containers/${seg(ref)}/start`);
        return ref;
      });
      ctx.exitCode = 0;
    },
  };
}

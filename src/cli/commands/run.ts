// Host zone (CLI): the `tsvirt run` command module: its flags (Docker's names), its help, and the
// handler that plans the container (run-options.ts) and runs it in the foreground (foreground.ts).

import type { Argv, CommandModule } from 'yargs';
import { Kernel } from '../../kernel/kernel.js';
import type { FlagShape } from '../argv-split.js';
import { runDetached } from '../detached.js';
import { CliError } from '../errors.js';
import { runForeground } from '../foreground.js';
import { readSmallFile } from '../read-small-file.js';
import { planRun, type RunFlags } from '../run-options.js';
import type { CliContext } from './context.js';

interface FlagDef {
  alias?: string;
  type: 'string' | 'boolean';
  describe: string;
  /** Shown in help after the flag, as Docker shows the value's type. */
  value?: string;
}

/** `run`'s flags: one table feeds the parser, the help and the operand splitter. */
export const RUN_FLAGS: Readonly<Record<string, FlagDef>> = {
  rootfs: {
    type: 'string',
    value: 'DIR',
    describe: 'Root filesystem: a host directory copied in (instead of an IMAGE)',
  },
  rm: { type: 'boolean', describe: 'Automatically remove the container when it exits' },
  interactive: { alias: 'i', type: 'boolean', describe: 'Keep STDIN open and attach it to the container' },
  tty: { alias: 't', type: 'boolean', describe: 'Allocate a terminal (isTTY true in the container)' },
  env: {
    alias: 'e',
    type: 'string',
    value: 'KEY[=VALUE]',
    describe: 'Set an environment variable; a bare KEY takes the host value',
  },
  'env-file': { type: 'string', value: 'FILE', describe: 'Read environment variables from a file' },
  workdir: { alias: 'w', type: 'string', value: 'PATH', describe: 'Working directory inside the container' },
  volume: {
    alias: 'v',
    type: 'string',
    value: 'HOST:CONTAINER[:ro]',
    describe: 'Bind mount a host directory',
  },
  tmpfs: { type: 'string', value: 'PATH[:size=N]', describe: 'Mount an empty in-memory filesystem' },
  name: { type: 'string', value: 'NAME', describe: 'Assign a name to the container' },
  hostname: { alias: 'h', type: 'string', value: 'NAME', describe: 'Container host name' },
  publish: {
    alias: 'p',
    type: 'string',
    value: '[IP:]HOSTPORT:CONTAINERPORT',
    describe: "Publish a container's port on the host (default bind 127.0.0.1)",
  },
  'publish-all': {
    alias: 'P',
    type: 'boolean',
    describe: 'Publish every EXPOSEd port of the image on a random port of 127.0.0.1',
  },
  network: {
    type: 'string',
    value: 'NETWORK',
    describe: 'Connect to a network (bridge, none, host: real host sockets, or a created one)',
  },
  'allow-net': {
    type: 'string',
    value: 'HOST[:PORT]',
    describe: 'Allow egress to this address or name (repeatable); nothing else leaves',
  },
  'add-host': { type: 'string', value: 'NAME:IP', describe: 'Add an /etc/hosts entry' },
  'net-connections': { type: 'string', value: 'N', describe: 'Open network connections limit' },
  'net-rate': {
    type: 'string',
    value: 'BYTES',
    describe: 'Bytes per second at the container edge (k, m, g)',
  },
  'net-idle-timeout': {
    type: 'string',
    value: 'DURATION',
    describe: 'Close published/egress connections idle this long (500ms, 30s)',
  },
  'network-alias': {
    type: 'string',
    value: 'NAME',
    describe: 'Add a network-scoped alias for the container',
  },
  user: {
    alias: 'u',
    type: 'string',
    value: 'USER[:GRP]',
    describe: 'Username or UID, from the container /etc/passwd',
  },
  entrypoint: { type: 'string', value: 'CMD', describe: 'Overwrite the default entrypoint ("" clears it)' },
  'read-only': { type: 'boolean', describe: "Mount the container's root filesystem as read only" },
  memory: { alias: 'm', type: 'string', value: 'BYTES', describe: 'Memory limit (b, k, m, g; at least 6m)' },
  cpus: { type: 'string', value: 'N', describe: 'Number of CPUs' },
  'pids-limit': { type: 'string', value: 'N', describe: 'Process limit (-1 or 0: unlimited)' },
  ulimit: { type: 'string', value: 'nofile=N[:M]', describe: 'Ulimit (nofile only)' },
  'cpu-shares': {
    alias: 'c',
    type: 'string',
    value: 'N',
    describe: 'CPU shares (relative weight, default 1024)',
  },
  'memory-reservation': { type: 'string', value: 'BYTES', describe: 'Memory soft limit' },
  'storage-opt': {
    type: 'string',
    value: 'size=BYTES',
    describe: 'Size of the writable layer and tmpfs mounts (past it: ENOSPC)',
  },
  'stop-timeout': {
    type: 'string',
    value: 'SECONDS',
    describe: 'Grace between SIGTERM and SIGKILL when the container is stopped (default 10)',
  },
  timeout: {
    type: 'string',
    value: 'DURATION',
    describe: 'Stop the container after DURATION (s, m, h, d) and exit 124, as coreutils timeout',
  },
  'stats-file': {
    type: 'string',
    value: 'FILE',
    describe: "Write the container's final stats to FILE as JSON",
  },
  detach: {
    alias: 'd',
    type: 'boolean',
    describe: 'Run in the background in the daemon; print the container ID',
  },
  restart: {
    type: 'string',
    value: 'no|on-failure[:N]|always|unless-stopped',
    describe: 'Restart policy when the container exits (with -d)',
  },
};

/** Which of run's flags take a value, for the operand splitter. */
export const RUN_FLAG_SHAPE: FlagShape = {
  longWithValue: new Set(Object.entries(RUN_FLAGS).flatMap(([k, d]) => (d.type === 'string' ? [k] : []))),
  shortWithValue: new Set(
    Object.values(RUN_FLAGS).flatMap((d) => (d.type === 'string' && d.alias ? [d.alias] : [])),
  ),
};

function builder(y: Argv): Argv {
  let b = y
    .usage(
      'Usage:  tsvirt run [OPTIONS] --rootfs DIR [COMMAND [ARG...]]\n' +
        '        tsvirt run [OPTIONS] IMAGE [COMMAND [ARG...]]\n\n' +
        'Create and run a new container. Flags end at the first operand.',
    )
    .example('tsvirt run --rm --rootfs DIR node /app/hello.js', 'run a program')
    .example('echo hi | tsvirt run -i --rootfs DIR node /app/upcase.js', 'pipe stdin in')
    .example('tsvirt run -it --rootfs DIR node /app/raw.js', 'a program on a terminal');
  for (const [name, def] of Object.entries(RUN_FLAGS)) {
    b = b.option(name, {
      type: def.type,
      describe: def.value ? `<${def.value}> ${def.describe}` : def.describe,
      ...(def.alias ? { alias: def.alias } : {}),
      ...(def.type === 'string' ? { requiresArg: true } : {}),
    });
  }
  return b.version(false).strict();
}

/** The `run` command, bound to the CLI's host context. */
export function runCommand(ctx: CliContext): CommandModule {
  return {
    command: 'run',
    describe: 'Create and run a new container',
    builder,
    handler: async (argv) => {
      const operands = ((argv['--'] as unknown[] | undefined) ?? []).map(String);
      const extra = argv._.slice(1);
      if (extra.length > 0) throw new CliError(`unexpected argument "${String(extra[0])}"`);
      const plan = planRun(argv as unknown as RunFlags, operands, {
        cwd: process.cwd(),
        env: process.env,
        readFile: (p) => readSmallFile(p),
        terminalSize:
          process.stdout.isTTY && process.stdout.columns
            ? { columns: process.stdout.columns, rows: process.stdout.rows }
            : undefined,
      });
      if (plan.detach) {
        ctx.exitCode = await runDetached(plan);
        return;
      }
      if (plan.tty && plan.interactive && !process.stdin.isTTY) {
        throw new CliError('the input device is not a TTY', 1);
      }
      let kernel: Kernel;
      try {
        kernel = new Kernel({ logger: (m) => process.stderr.write(`tsvirt: kernel: ${m}\n`) });
      } catch (err) {
        throw new CliError(`cannot start the kernel: ${err instanceof Error ? err.message : String(err)}`);
      }
      try {
        ctx.exitCode = await runForeground(kernel, plan, {
          stdin: process.stdin,
          stdout: process.stdout,
          stderr: process.stderr,
        });
      } finally {
        await kernel.close();
      }
    },
  };
}

// Host zone (CLI): the `tsvirt` command line: global flags, one yargs command module per command,
// and the translation of parser failures into Docker's messages and exit codes.

import yargs from 'yargs';
import { haltAtFirstOperand } from './argv-split.js';
import { buildCommand } from './commands/build.js';
import { builderCommand } from './commands/builder.js';
import type { CliContext } from './commands/context.js';
import { daemonCommand } from './commands/daemon.js';
import { EXEC_FLAG_SHAPE, execCommand } from './commands/exec.js';
import { historyCommand } from './commands/history.js';
import { imagesCommand } from './commands/images.js';
import { importCommand } from './commands/import.js';
import { imageCommand, inspectCommand } from './commands/inspect.js';
import { killCommand, restartCommand, rmCommand, stopCommand, waitCommand } from './commands/lifecycle.js';
import { loadCommand } from './commands/load.js';
import { logsCommand } from './commands/logs.js';
import { networkCommand } from './commands/network.js';
import { psCommand } from './commands/ps.js';
import { rmiCommand } from './commands/rmi.js';
import { RUN_FLAG_SHAPE, runCommand } from './commands/run.js';
import { saveCommand } from './commands/save.js';
import { startCommand } from './commands/start.js';
import { statsCommand } from './commands/stats.js';
import { tagCommand } from './commands/tag.js';
import { CliError, describeError, EXIT } from './errors.js';
import { tsvirtVersion } from './version.js';

/** Flags every command accepts. */
const GLOBAL_BOOLEANS = new Set(['--debug', '-D', '--help', '--version']);
const COMMANDS = new Set([
  'run',
  'build',
  'builder',
  'images',
  'image',
  'inspect',
  'history',
  'tag',
  'rmi',
  'save',
  'load',
  'import',
  'daemon',
  'ps',
  'logs',
  'stop',
  'kill',
  'rm',
  'start',
  'restart',
  'wait',
  'exec',
  'stats',
  'network',
]);

/** Marks where `run`'s (and `exec`'s) own flags end, so IMAGE/COMMAND and its arguments pass through untouched. */
function prepare(args: readonly string[]): string[] {
  let i = 0;
  while (i < args.length && GLOBAL_BOOLEANS.has(args[i] as string)) i++;
  const shape = args[i] === 'run' ? RUN_FLAG_SHAPE : args[i] === 'exec' ? EXEC_FLAG_SHAPE : undefined;
  if (!shape) return [...args];
  return [...args.slice(0, i + 1), ...haltAtFirstOperand(args.slice(i + 1), shape)];
}

/** The help command to point a user at: the command's own when one was named. */
function helpFor(args: readonly string[]): string {
  const command = args.find((a) => COMMANDS.has(a));
  return command ? `tsvirt ${command} --help` : 'tsvirt --help';
}

/** yargs' failure messages in the docker CLI's words (and exit codes). */
function translate(message: string, args: readonly string[]): CliError {
  const unknown = /^Unknown arguments?: (.*)$/.exec(message);
  if (unknown) {
    const first = (unknown[1] ?? '').split(', ')[0] ?? '';
    const asFlag = args.find((a) => a === `--${first}` || a.startsWith(`--${first}=`))
      ? `--${first}`
      : first.length === 1
        ? `-${first}`
        : undefined;
    if (asFlag) return new CliError(`unknown flag: ${asFlag}; see '${helpFor(args)}'`);
    return new CliError(`'${first}' is not a tsvirt command; see 'tsvirt --help'`, EXIT.usage);
  }
  const needs = /^Not enough arguments following: (.*)$/.exec(message);
  if (needs) {
    const flag = needs[1] ?? '';
    return new CliError(`flag needs an argument: ${flag.length === 1 ? `-${flag}` : `--${flag}`}`);
  }
  return new CliError(message);
}

/** Runs the CLI on `args` (process.argv without node and the script); resolves with the exit code. */
export async function runCli(args: readonly string[]): Promise<number> {
  const prepared = prepare(args);
  // --debug counts among tsvirt's own flags only, not in the container's command line.
  const end = prepared.indexOf('--');
  const own = end === -1 ? prepared : prepared.slice(0, end);
  const ctx: CliContext = { exitCode: 0, debug: own.includes('--debug') || own.includes('-D') };
  const parser = yargs(prepared)
    .scriptName('tsvirt')
    .parserConfiguration({ 'populate--': true, 'boolean-negation': false })
    .usage(
      'Usage: tsvirt [OPTIONS] COMMAND\n\nOS-level virtualization for JavaScript: containers of V8 isolates.',
    )
    .command(runCommand(ctx))
    .command(buildCommand(ctx))
    .command(builderCommand(ctx))
    .command(imagesCommand(ctx))
    .command(imageCommand(ctx))
    .command(inspectCommand(ctx))
    .command(historyCommand(ctx))
    .command(tagCommand(ctx))
    .command(rmiCommand(ctx))
    .command(saveCommand(ctx))
    .command(loadCommand(ctx))
    .command(importCommand(ctx))
    .command(daemonCommand(ctx))
    .command(psCommand(ctx))
    .command(logsCommand(ctx))
    .command(startCommand(ctx))
    .command(stopCommand(ctx))
    .command(restartCommand(ctx))
    .command(killCommand(ctx))
    .command(rmCommand(ctx))
    .command(waitCommand(ctx))
    .command(execCommand(ctx))
    .command(statsCommand(ctx))
    .command(networkCommand(ctx))
    .command('$0', false, {}, () => {
      // `tsvirt` alone prints help and succeeds, as `docker` does.
      parser.showHelp((text) => process.stdout.write(`${text}\n`));
    })
    .option('debug', {
      alias: 'D',
      type: 'boolean',
      global: true,
      describe: 'Print stack traces with errors',
    })
    .help('help', 'Show help for a command')
    .version('version', 'Print the tsvirt version', `tsvirt version ${tsvirtVersion()}`)
    .epilog("Run 'tsvirt COMMAND --help' for more information on a command.")
    .strict()
    .wrap(null)
    .exitProcess(false)
    .fail((message, err) => {
      // yargs' own parse errors (YError) are usage errors; anything else came from a handler.
      if (!err || err.name === 'YError') throw translate(message ?? err?.message ?? '', args);
      throw err;
    });
  try {
    await parser.parseAsync();
    return ctx.exitCode;
  } catch (err) {
    const { text, exitCode } = describeError(err, ctx.debug);
    process.stderr.write(text);
    return exitCode;
  }
}

// Host zone (CLI): the CLI's error type and how errors reach the user: one line, `tsvirt: <what>:
// <why>`, with Docker's exit codes; a stack trace only with --debug.

import { SpecError } from '../kernel/spec.js';

/** Docker's exit codes for failures of the CLI itself (not of the container's program). */
export const EXIT = {
  /** Usage errors Docker reports with status 1 (missing argument, unknown command). */
  usage: 1,
  /** The tsvirt CLI or kernel failed: unknown flag, bad value, container could not be created. */
  error: 125,
  /** The command was found but could not be executed. */
  notExecutable: 126,
  /** The command was not found. */
  notFound: 127,
} as const;

/** An error the CLI reports as one line and an exit code (125 unless said otherwise). */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.error,
  ) {
    super(message);
  }
}

/** Docker's wording for a flag with a bad value. */
export function badValue(flag: string, value: string, why: string): CliError {
  return new CliError(`invalid argument "${value}" for "${flag}" flag: ${why}`);
}

/** The line (and, with --debug, the stack) printed for an error, and the exit code to leave with. */
export function describeError(err: unknown, debug: boolean): { text: string; exitCode: number } {
  if (err instanceof CliError || err instanceof SpecError) {
    const exitCode = err instanceof CliError ? err.exitCode : EXIT.error;
    const stack = debug && err.stack ? `\n${err.stack}` : '';
    return { text: `tsvirt: ${err.message}${stack}\n`, exitCode };
  }
  // Anything else is a bug in tsvirt or an unexpected host failure: still one line by default.
  const message = err instanceof Error ? err.message : String(err);
  const stack = debug && err instanceof Error && err.stack ? `\n${err.stack}` : '';
  return { text: `tsvirt: internal error: ${message}${stack}\n`, exitCode: EXIT.error };
}

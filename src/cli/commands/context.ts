// Host zone (CLI): what a command handler hands back to main: the exit code to leave with.

/** Shared by main and the command modules of one CLI invocation. */
export interface CliContext {
  /** The process exit code once the command has finished (PID 1's code for `run`). */
  exitCode: number;
  /** --debug: print stacks with errors. */
  debug: boolean;
}

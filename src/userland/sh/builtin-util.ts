// Guest zone (userland /bin/sh): small helpers the builtin modules share (output, errors, quoting).

import { ShellError } from './control.js';
import type { Shell } from './shell.js';

/** A builtin: the shell and argv (argv[0] is the name) in, an exit status out. */
export type Builtin = (sh: Shell, argv: string[]) => Promise<number>;

/** Writes to the builtin's stdout. */
export const out = (sh: Shell, s: string): Promise<void> => sh.fds.write(1, s);

/** Reports `sh: LINE: msg` and returns `code`. */
export async function fail(sh: Shell, msg: string, code = 1): Promise<number> {
  await sh.error(msg);
  return code;
}

/** Single-quotes a value so the shell reads it back unchanged. */
export function quote(v: string): string {
  return `'${v.replace(/'/g, `'"'"'`)}'`;
}

/** A non-negative integer operand, or `dflt` when absent; anything else is fatal, as in dash. */
export function num(name: string, s: string | undefined, dflt: number): number {
  if (s === undefined) return dflt;
  if (!/^\d+$/.test(s)) throw new ShellError(`${name}: Illegal number: ${s}`);
  return Number(s);
}

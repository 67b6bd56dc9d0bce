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

/** `umask u=rwx,g=rx,o=` / `g-w` / `a+r`: the new mask from `mask`, or null when malformed. */
export function symbolicUmask(mask: number, spec: string): number | null {
  let perms = ~mask & 0o777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
    if (!m) return null;
    const who = m[1] === '' || m[1]?.includes('a') ? 'ugo' : (m[1] as string);
    let bits = 0;
    for (const c of m[3] as string) bits |= c === 'r' ? 4 : c === 'w' ? 2 : 1;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      if (m[2] === '=') perms &= ~(7 << shift);
      if (m[2] === '-') perms &= ~(bits << shift);
      else perms |= bits << shift;
    }
  }
  return ~perms & 0o777;
}

/** `cd`'s logical path: `dir` against `pwd` with `.` and `..` removed by name, not by the filesystem. */
export function logicalPath(pwd: string, dir: string): string {
  const parts: string[] = [];
  for (const seg of (dir.startsWith('/') ? dir : `${pwd}/${dir}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}

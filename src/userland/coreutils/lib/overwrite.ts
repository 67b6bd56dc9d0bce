// Guest zone (userland): what cp and mv do before replacing a file: -i asks on stderr and reads the
// answer from stdin (a terminal or not, as GNU does), and -b/--backup keeps the old file first.

import { prog } from './errors.js';
import { Buffer, fs, proc } from './node.js';

/** Asks `prog: question ` on stderr; true when the answer read from stdin starts with y or Y. */
export function confirm(question: string): boolean {
  proc.stderr.write(`${prog()}: ${question} `);
  const one = Buffer.alloc(1);
  let answer = '';
  for (;;) {
    let n = 0;
    try {
      n = fs.readSync(0, one, 0, 1, null);
    } catch {
      break;
    }
    if (n === 0 || one[0] === 10) break;
    answer += String.fromCharCode(one[0] as number);
  }
  return /^[yY]/.test(answer);
}

/** A backup method from --backup's argument (or -b), or an error text for an invalid one. */
export type BackupMethod = 'simple' | 'numbered' | 'existing';

export function backupMethod(
  arg: string | undefined,
  given: boolean,
): BackupMethod | null | { error: string } {
  if (!given) return null;
  const v = arg ?? proc.env.VERSION_CONTROL ?? 'existing';
  if (v === 'none' || v === 'off') return null;
  if (v === 'simple' || v === 'never') return 'simple';
  if (v === 'numbered' || v === 't') return 'numbered';
  if (v === 'existing' || v === 'nil') return 'existing';
  return { error: `invalid argument '${v}' for 'backup type'` };
}

/** Renames `dest` out of the way by the method: `dest~` (suffix), or `dest.~N~`. */
export function backup(dest: string, method: BackupMethod, suffix: string): void {
  const slash = dest.lastIndexOf('/');
  const dir = slash >= 0 ? dest.slice(0, slash) || '/' : '.';
  const base = dest.slice(slash + 1);
  let highest = 0;
  if (method !== 'simple') {
    for (const n of fs.readdirSync(dir)) {
      const m = n.startsWith(`${base}.~`) ? /^\.~(\d+)~$/.exec(n.slice(base.length)) : null;
      if (m) highest = Math.max(highest, Number(m[1]));
    }
  }
  const numbered = method === 'numbered' || (method === 'existing' && highest > 0);
  fs.renameSync(dest, numbered ? `${dest}.~${highest + 1}~` : `${dest}${suffix}`);
}

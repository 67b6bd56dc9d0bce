// Guest zone (userland): chmod-style modes: octal, or symbolic clauses like `u+x,go-w,a=r`.

/**
 * Applies a mode string to `current`; returns null when it does not parse. `isDir` lets `X` add
 * execute; `umask` filters clauses with no who-letters, as chmod(1) does.
 */
export function parseMode(spec: string, current: number, isDir: boolean, umask = 0o022): number | null {
  if (/^[0-7]+$/.test(spec)) {
    const v = Number.parseInt(spec, 8);
    return v > 0o7777 ? null : v;
  }
  let mode = current & 0o7777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)((?:[-+=][rwxXstugo]*)+)$/.exec(clause);
    if (!m) return null;
    const who = m[1] as string;
    let mask = 0;
    for (const w of who || 'a') mask |= w === 'u' ? 0o4700 : w === 'g' ? 0o2070 : w === 'o' ? 0o1007 : 0o7777;
    const filter = who === '' ? ~umask : ~0;
    for (const op of (m[2] as string).match(/[-+=][rwxXstugo]*/g) ?? []) {
      let bits = 0;
      for (const c of op.slice(1)) {
        if (c === 'r') bits |= 0o444;
        else if (c === 'w') bits |= 0o222;
        else if (c === 'x') bits |= 0o111;
        else if (c === 'X') bits |= isDir || mode & 0o111 ? 0o111 : 0;
        else if (c === 's') bits |= 0o6000;
        else if (c === 't') bits |= 0o1000;
        else {
          const sh = c === 'u' ? 6 : c === 'g' ? 3 : 0;
          const v = (mode >> sh) & 7;
          bits |= (v << 6) | (v << 3) | v;
        }
      }
      const eff = bits & mask & filter;
      if (op[0] === '+') mode |= eff;
      else if (op[0] === '-') mode &= ~eff;
      else mode = (mode & ~(mask & 0o7777 & ~(who === '' ? 0 : 0))) | eff;
    }
  }
  return mode;
}

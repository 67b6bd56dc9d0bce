// Guest zone (userland /bin/sh): the builtins that look names up: alias, unalias, type, command, hash.

import { type Builtin, fail, out, quote } from './builtin-util.js';
import { BUILTINS, SPECIAL } from './builtins.js';
import { spawnChild } from './command.js';
import { fs } from './node-api.js';
import type { Shell } from './shell.js';

/** alias, unalias, type, command, hash. */
export const lookupBuiltins: Record<string, Builtin> = {
  async alias(sh, argv) {
    if (argv.length === 1) for (const [k, v] of sh.aliases) await out(sh, `${k}=${quote(v)}\n`);
    let st = 0;
    for (const a of argv.slice(1)) {
      const eq = a.indexOf('=');
      if (eq > 0) sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      else if (sh.aliases.has(a)) await out(sh, `${a}=${quote(sh.aliases.get(a) as string)}\n`);
      else st = await fail(sh, `alias: ${a} not found`, 1);
    }
    return st;
  },
  async unalias(sh, argv) {
    if (argv[1] === '-a') sh.aliases.clear();
    for (const a of argv.slice(1)) sh.aliases.delete(a);
    return 0;
  },
  async type(sh, argv) {
    let st = 0;
    for (const a of argv.slice(1)) {
      const d = describe(sh, a);
      if (d) await out(sh, `${d}\n`);
      else {
        await out(sh, `${a}: not found\n`);
        st = 127;
      }
    }
    return st;
  },
  async command(sh, argv) {
    let args = argv.slice(1);
    if (args[0] === '-v' || args[0] === '-V') {
      const verbose = args[0] === '-V';
      let st = 0;
      for (const a of args.slice(1)) {
        const d = describe(sh, a);
        if (!d) st = 127;
        else if (verbose) await out(sh, `${d}\n`);
        else if (sh.aliases.has(a)) await out(sh, `alias ${a}=${quote(sh.aliases.get(a) as string)}\n`);
        // A builtin, function or keyword is found before PATH: its name, as dash prints it.
        else if (/ is a (special )?shell (builtin|function|keyword)$/.test(d)) await out(sh, `${a}\n`);
        else await out(sh, `${lookPath(sh, a) ?? a}\n`);
      }
      return st;
    }
    if (args[0] === '-p') args = args.slice(1);
    if (args.length === 0) return 0;
    const name = args[0] as string;
    const builtin = BUILTINS.get(name);
    if (builtin) return builtin(sh, args);
    return spawnChild(sh, args, [], null);
  },
  async hash(sh, argv) {
    // The shell keeps no table of command locations (each lookup walks PATH), so -r has nothing
    // to forget and a bare `hash` nothing to list; a name must still be found, as in dash.
    let st = 0;
    for (const a of argv.slice(1)) {
      if (a === '-r') continue;
      if (a.startsWith('-')) return fail(sh, `hash: Illegal option ${a}`, 2);
      if (!sh.funcs.has(a) && !BUILTINS.has(a) && lookPath(sh, a) === null)
        st = await fail(sh, `hash: ${a}: not found`, 1);
    }
    return st;
  },
};

/** What `type` says about a name, or null when it is nothing. */
function describe(sh: Shell, name: string): string | null {
  if (sh.aliases.has(name)) return `${name} is an alias for ${sh.aliases.get(name)}`;
  if (
    [
      'if',
      'then',
      'else',
      'elif',
      'fi',
      'case',
      'esac',
      'for',
      'while',
      'until',
      'do',
      'done',
      '{',
      '}',
      '!',
      'in',
    ].includes(name)
  )
    return `${name} is a shell keyword`;
  if (SPECIAL.has(name)) return `${name} is a special shell builtin`;
  if (sh.funcs.has(name)) return `${name} is a shell function`;
  if (BUILTINS.has(name)) return `${name} is a shell builtin`;
  const p = lookPath(sh, name);
  return p ? `${name} is ${p}` : null;
}

/**
 * What to hand the kernel's execve for `name`: the name itself (the kernel searches PATH and the
 * child keeps its argv[0]) unless PATH's first match is not executable, where dash goes on
 * searching: then the executable found further on.
 */
export function execTarget(sh: Shell, name: string): string {
  if (name.includes('/')) return name;
  for (const d of (sh.getVar('PATH') ?? '').split(':')) {
    const p = `${d || '.'}/${name}`;
    try {
      if (!fs.statSync(p).isFile()) continue;
    } catch {
      continue;
    }
    try {
      fs.accessSync(p, 1);
      return name;
    } catch {
      return lookPath(sh, name) ?? name;
    }
  }
  // An unset or empty PATH searches only the working directory (dash); the kernel would use its
  // default instead.
  const path = sh.getVar('PATH');
  return path === undefined || path === '' ? `./${name}` : name;
}

function lookPath(sh: Shell, name: string): string | null {
  if (name.includes('/')) return fs.existsSync(name) ? name : null;
  // The kernel's execve provides node itself even where no file stands at /usr/bin/node.
  if (name === 'node' && !fs.existsSync('/usr/bin/node')) return '/usr/bin/node';
  for (const d of (sh.getVar('PATH') ?? '').split(':')) {
    const p = `${d || '.'}/${name}`;
    try {
      if (fs.statSync(p).isFile()) {
        fs.accessSync(p, 1);
        return p;
      }
    } catch {
      // not here
    }
  }
  return null;
}

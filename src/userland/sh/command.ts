// Guest zone (userland /bin/sh): simple commands: expansion, assignments, redirections, then a
// special builtin, a function, a regular builtin or a child process (with 127/126/128+n statuses).

import type { Node } from './ast.js';
import { BUILTINS, SPECIAL } from './builtins.js';
import { execTarget } from './builtins-lookup.js';
import { ByteDecoder, encodeText } from './bytes.js';
import { ReturnSignal, ShellError } from './control.js';
import { expandAssign } from './expand.js';
import { InSource, type Target } from './io.js';
import { cp, type PipeEnd, proc } from './node-api.js';
import { parse } from './parser.js';
import { applyRedirs } from './redirect.js';
import { closeAll, type Shell } from './shell.js';
import { SIGNALS } from './signals.js';

type Simple = Extract<Node, { t: 'simple' }>;

/** Runs a simple command. With `waits`, a child is left running and its exit pushed there. */
export async function execSimple(
  sh: Shell,
  node: Simple,
  waits: Array<Promise<number>> | null,
): Promise<number> {
  const first = node.words[0];
  const aliases = sh.lineAliases ?? sh.aliases;
  if (first !== undefined && aliases.has(first)) {
    const value = aliases.get(first) as string;
    const rest = node.words.slice(1);
    // An alias ending in a blank makes the next word a candidate for alias expansion too.
    const next = rest[0];
    if (value.endsWith(' ') && next !== undefined && next !== first && aliases.has(next))
      rest[0] = aliases.get(next) as string;
    const alias = parse(`${value} ${rest.join(' ')}`);
    const inner = alias.t === 'list' && alias.items.length === 1 ? alias.items[0]?.node : undefined;
    if (inner?.t === 'simple')
      return execSimple(
        sh,
        { ...inner, assigns: [...node.assigns, ...inner.assigns], redirs: [...inner.redirs, ...node.redirs] },
        waits,
      );
    return sh.withRedirs(node.redirs, () => sh.run(alias));
  }
  sh.substStatus = 0;
  const fields: string[] = [];
  try {
    for (const w of node.words) fields.push(...(await sh.fields(w)));
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
    throw e;
  }
  const assigns: Array<[string, string]> = [];
  for (const a of node.assigns) {
    const eq = a.indexOf('=');
    assigns.push([a.slice(0, eq), await expandAssign(a.slice(eq + 1), sh)]);
    // Without a command the assignments take effect one by one (`a=1 b=$a`).
    if (fields.length === 0) sh.setVar(a.slice(0, eq), (assigns[assigns.length - 1] as [string, string])[1]);
  }
  if (sh.opts.x) {
    const line = [...assigns.map(([k, v]) => `${k}=${v}`), ...fields].join(' ');
    await sh.fds.write(2, `+ ${line}\n`).catch(() => undefined);
  }
  if (fields.length === 0) {
    for (const [k, v] of assigns) sh.setVar(k, v);
    if (node.redirs.length === 0) return sh.substStatus;
    return sh.withRedirs(node.redirs, async () => sh.substStatus);
  }
  const name = fields[0] as string;
  const special = SPECIAL.has(name);
  const func = special ? undefined : sh.funcs.get(name);
  const builtin = BUILTINS.get(name);
  if (special) for (const [k, v] of assigns) sh.setVar(k, v);
  if (special || func || builtin) {
    const restore = special ? () => undefined : tempAssign(sh, assigns);
    try {
      if (name === 'exec' && fields.length === 1) return await permanentRedirs(sh, node);
      return await sh.withRedirs(node.redirs, () =>
        func
          ? callFunction(sh, func, fields)
          : runBuiltin(sh, builtin as NonNullable<typeof builtin>, fields),
      );
    } finally {
      restore();
    }
  }
  return sh.withRedirs(node.redirs, () => spawnChild(sh, fields, assigns, waits));
}

/** A builtin whose output fd is closed or broken fails with status 1, as in dash, not the shell. */
async function runBuiltin(
  sh: Shell,
  fn: (sh: Shell, argv: string[]) => Promise<number>,
  fields: string[],
): Promise<number> {
  try {
    return await fn(sh, fields);
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code !== 'EBADF' && code !== 'EIO' && code !== 'ENOSPC') throw e;
    await sh.error(`${fields[0]}: I/O error`);
    return 1;
  }
}

function tempAssign(sh: Shell, assigns: Array<[string, string]>): () => void {
  const saved = assigns.map(([k]) => [k, sh.vars.get(k)] as const);
  // dash exports these for the command's duration: a function's or eval's children see them.
  for (const [k, v] of assigns) {
    if (sh.vars.get(k)?.ro) sh.setVar(k, v);
    sh.vars.set(k, { v, exp: true });
  }
  return () => {
    for (const [k, old] of saved) {
      if (old) sh.vars.set(k, old);
      else sh.vars.delete(k);
    }
  };
}

/** `exec >file`: redirections that stay for the rest of the shell. */
async function permanentRedirs(sh: Shell, node: Simple): Promise<number> {
  try {
    await applyRedirs(sh, node.redirs, sh.fds);
  } catch (e) {
    if (!(e instanceof ShellError)) throw e;
    await sh.error(e.message);
    return e.code;
  }
  return 0;
}

/** Calls a shell function with its own positional parameters and `local` scope. */
export async function callFunction(sh: Shell, body: Node, fields: string[]): Promise<number> {
  const params = sh.params;
  sh.params = fields.slice(1);
  sh.funcDepth++;
  sh.locals.push(new Map());
  try {
    return await sh.run(body);
  } catch (e) {
    if (e instanceof ReturnSignal) {
      sh.status = e.code;
      return e.code;
    }
    throw e;
  } finally {
    sh.params = params;
    sh.funcDepth--;
    const scope = sh.locals.pop() as Map<string, import('./shell.js').Var | undefined>;
    for (const [k, old] of scope) {
      if (old) sh.vars.set(k, old);
      else sh.vars.delete(k);
    }
  }
}

/** The environment a child sees: exported variables plus the command's own assignments. */
export function childEnv(sh: Shell, assigns: Array<[string, string]>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of sh.vars) if (v.exp) env[k] = v.v;
  for (const [k, v] of assigns) env[k] = v;
  return env;
}

// A pipe end object is another child's stdout, handed on to this child (Node's stdio: [a.stdout]).
type Stdio = number | 'pipe' | 'ignore' | PipeEnd;

/** Spawns `fields` as a child process wired to the shell's fd table; resolves with its status. */
export function spawnChild(
  sh: Shell,
  fields: string[],
  assigns: Array<[string, string]>,
  waits: Array<Promise<number>> | null,
): Promise<number> {
  const table = sh.fds.map;
  const max = Math.max(2, ...table.keys());
  const stdio: Stdio[] = [];
  const collect: Array<[number, string[]]> = [];
  let stage: Extract<Target, { k: 'pipe' }> | null = null;
  let feed: Extract<Target, { k: 'in' }> | null = null;
  for (let i = 0; i <= max; i++) {
    const t = table.get(i);
    if (!t) stdio.push('ignore');
    else if (t.k === 'fd') stdio.push(t.fd);
    else if (t.k === 'in') {
      if (t.src.passable) stdio.push(t.src.childStdio());
      else if (i === 0) {
        stdio.push('pipe');
        feed = t;
      } else stdio.push('ignore');
    } else if (i !== 1 && i !== 2) stdio.push('ignore');
    else if (t.k === 'cap') {
      stdio.push('pipe');
      collect.push([i, t.out]);
    } else if (i === 1 && table.get(2) !== t) {
      stdio.push('pipe');
      stage = t;
    } else {
      stdio.push('pipe');
      collect.push([i, t.st.chunks]);
    }
  }
  const child = cp.spawn(execTarget(sh, fields[0] as string), fields.slice(1), {
    stdio,
    env: childEnv(sh, assigns),
    cwd: proc.cwd(),
    // A job started under job control leads a process group of its own (setpgid in a real shell).
    ...(sh.newGroup ? { detached: true } : {}),
  });
  const done = new Promise<number>((resolve) => {
    let failed = false;
    child.on('error', (e) => {
      if (failed) return;
      failed = true;
      const code = (e as { code?: string }).code;
      const name = fields[0] as string;
      if (code === 'ENOENT') void sh.error(`${name}: not found`).then(() => resolve(127));
      // Past the container's pids limit: dash's fork failure (status 2).
      else if (code === 'EAGAIN') void sh.error('Cannot fork').then(() => resolve(2));
      else void sh.error(`${name}: Permission denied`).then(() => resolve(126));
    });
    child.on('close', (code, signal) => {
      if (failed) return;
      if (typeof signal === 'string') resolve(128 + (SIGNALS[signal] ?? 0));
      else resolve(typeof code === 'number' ? code : 0);
    });
  });
  for (const [i, out] of collect) {
    const s = i === 1 ? child.stdout : child.stderr;
    // Bytes, not UTF-8 text: `x=$(printf '\377')` keeps the byte, as dash does.
    const dec = new ByteDecoder();
    s?.on('data', (d) => out.push(dec.push(d as Uint8Array)));
    s?.on('end', () => out.push(dec.end()));
  }
  if (stage && child.stdout) stage.st.src = InSource.fromStage(child, child.stdout);
  if (feed && child.stdin) {
    const w = child.stdin;
    w.on('error', () => undefined);
    void feed.src.readAll().then((d) => {
      if (d) w.write(encodeText(d));
      w.end();
    });
  }
  const pid = child.pid;
  if (pid !== undefined) {
    sh.foreground.add(pid);
    sh.childDone.set(pid, done);
    void done.then(() => {
      sh.foreground.delete(pid);
      sh.childDone.delete(pid);
    });
  }
  if (waits && collect.length === 0) {
    waits.push(done);
    sh.lastSpawnPid = pid;
    return Promise.resolve(0);
  }
  return sh.stoppable(done);
}

export { closeAll };

// Guest zone (userland /bin/sh): pipelines (stages wired by kernel pipes, builtins and compound
// stages run in-process as subshells) and asynchronous lists (`&`, run concurrently in a child).

import type { Node } from './ast.js';
import { BUILTINS } from './builtins.js';
import { execSimple, spawnChild } from './command.js';
import { InSource, type StageOut, type Target } from './io.js';
import { proc } from './node-api.js';
import type { Shell } from './shell.js';

/** `cmd &`: external simple commands run concurrently; anything else runs now as a subshell. */
export async function background(sh: Shell, node: Node): Promise<number> {
  const waits: Array<Promise<number>> = [];
  const saved = sh.fds;
  sh.fds = saved.clone();
  sh.newGroup = sh.opts.m === true;
  // Without job control an asynchronous list reads from an empty stdin (POSIX: /dev/null).
  if (saved.map.get(0)?.k !== 'in') sh.fds.map.set(0, { k: 'in', src: new InSource(null, null, '') });
  try {
    if (runsChildDirectly(sh, node)) {
      const st = await sh.subshell(() => execSimple(sh, node as Extract<Node, { t: 'simple' }>, waits));
      if (waits.length === 0) return st;
    } else {
      // Anything else (functions, builtins, compound commands) runs concurrently in a child shell
      // started with this shell's state, so `{ …; } &` and `f &` do not hold up the script.
      const self = proc.argv[1] ?? '/bin/sh';
      await spawnChild(sh, [self, '-c', stateScript(sh) + (node.src ?? ''), sh.arg0], [], waits);
    }
    const pid = sh.lastSpawnPid ?? 0;
    if (sh.lastSpawnPid !== undefined) sh.foreground.delete(pid);
    const done = waits[0] as Promise<number>;
    sh.addBg(pid, done);
    const job = sh.jobs.add([pid], (node.src ?? '').trim(), done, sh.newGroup);
    // bash's "[1] 1234" when a job starts in an interactive shell (on stderr, with the prompt).
    if (sh.interactive) await sh.fds.write(2, `[${job.id}] ${pid}\n`).catch(() => undefined);
  } finally {
    sh.newGroup = false;
    sh.fds = saved;
  }
  return 0;
}

/** A simple command whose name is not a builtin, function or alias: it can be spawned as is. */
function runsChildDirectly(sh: Shell, node: Node): boolean {
  if (node.t !== 'simple') return false;
  const name = node.words[0];
  if (name === undefined || /[$`'"\\]/.test(name)) return false;
  return !BUILTINS.has(name) && !sh.funcs.has(name) && !(sh.lineAliases ?? sh.aliases).has(name);
}

/** Source that recreates this shell's variables, functions, options and parameters in a child shell. */
export function stateScript(sh: Shell): string {
  const q = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
  const lines: string[] = [];
  for (const [k, v] of sh.vars) if (!v.exp && !v.ro && k !== 'PPID') lines.push(`${k}=${q(v.v)}`);
  for (const [k, v] of sh.aliases) lines.push(`alias ${k}=${q(v)}`);
  for (const [k, body] of sh.funcs) if (body.src) lines.push(`${k}() ${body.src}`);
  const flags = Object.entries(sh.opts)
    .filter(([k, on]) => on && k !== 'm')
    .map(([k]) => k)
    .join('');
  if (flags) lines.push(`set -${flags}`);
  lines.push(`set -- ${sh.params.map(q).join(' ')}`);
  return `${lines.join('\n')}\n`;
}

export async function pipeline(sh: Shell, cmds: Node[], bang: boolean): Promise<number> {
  const base = sh.fds;
  let input = base.map.get(0) as Target | undefined;
  let prevSrc: InSource | null = null;
  let lastStatus: Promise<number> = Promise.resolve(0);
  const all: Array<Promise<number>> = [];
  if (bang) sh.condDepth++;
  try {
    for (let i = 0; i < cmds.length; i++) {
      const cmd = cmds[i] as Node;
      const last = i === cmds.length - 1;
      const t = base.clone();
      if (input) t.map.set(0, input);
      else t.map.delete(0);
      let out: StageOut | null = null;
      if (!last) {
        out = { chunks: [], src: null };
        // Only a stage that is itself a child gets the kernel pipe; a function, builtin or compound
        // stage runs here to the end first, so its output (and its children's) is captured instead.
        t.map.set(1, runsChildDirectly(sh, cmd) ? { k: 'pipe', st: out } : { k: 'cap', out: out.chunks });
      }
      sh.fds = t;
      const waits: Array<Promise<number>> = [];
      sh.condDepth++;
      let st: number;
      try {
        st = await sh.subshell(() => (cmd.t === 'simple' ? execSimple(sh, cmd, waits) : sh.run(cmd)));
      } finally {
        sh.condDepth--;
        sh.fds = base;
      }
      const done = waits[0] ?? Promise.resolve(st);
      all.push(done);
      lastStatus = done;
      // Our copy of the previous pipe's read end: the consumer has it now (or has finished).
      prevSrc?.release();
      prevSrc = null;
      if (out) {
        if (out.src && out.chunks.length === 0) {
          input = { k: 'in', src: out.src };
          prevSrc = out.src;
        } else input = { k: 'in', src: new InSource(null, null, out.chunks.join('')) };
      }
    }
  } finally {
    if (bang) sh.condDepth--;
  }
  const st = await sh.stoppable(Promise.all(all).then(() => lastStatus));
  const res = bang ? (st === 0 ? 1 : 0) : st;
  if (!bang) return sh.checkErr(res);
  sh.status = res;
  return res;
}

// Guest zone (userland /bin/sh): the shell's state (variables, parameters, functions, options, fds)
// and the executor for compound commands, lists and pipelines. Simple commands are in command.ts.

import type { Node } from './ast.js';
import { execSimple } from './command.js';
import { ExitSignal, LoopSignal, ReturnSignal, ShellError } from './control.js';
import { type ExpandCtx, expandFields, expandPattern, expandString } from './expand.js';
import { FdTable } from './io.js';
import { type Job, JobTable } from './job-table.js';
import { background, pipeline } from './jobs.js';
import { SyntaxError_ } from './lexer.js';
import { fs, proc } from './node-api.js';
import { parse } from './parser.js';
import { matchPattern } from './pattern.js';
import { applyRedirs } from './redirect.js';
import { subshellExit } from './traps.js';

export interface Var {
  v: string;
  exp: boolean;
  ro?: boolean;
}

interface Snapshot {
  vars: Map<string, Var>;
  params: string[];
  funcs: Map<string, Node>;
  opts: Record<string, boolean>;
  cwd: string;
  traps: Map<string, string>;
  aliases: Map<string, string>;
  umask: number;
}

export class Shell implements ExpandCtx {
  vars = new Map<string, Var>();
  params: string[] = [];
  arg0 = 'sh';
  funcs = new Map<string, Node>();
  aliases = new Map<string, string>();
  /**
   * The aliases as they were when the running top-level command was read: dash expands aliases
   * while parsing, so `alias a=b; a` on one line does not see the new alias, and `unalias a; a`
   * still does. Null where the live table applies (`.` files, eval).
   */
  lineAliases: Map<string, string> | null = null;
  traps = new Map<string, string>();
  /** Traps set in this (sub)shell rather than inherited: a subshell runs only its own EXIT trap. */
  ownTraps = new Set<string>();
  opts: Record<string, boolean> = { e: false, u: false, x: false, f: false, n: false, v: false, m: false };
  status = 0;
  substStatus = 0;
  lastBg: number | undefined;
  lastSpawnPid: number | undefined;
  /** Children the shell is waiting on now (Ctrl-C is passed to them). */
  foreground = new Set<number>();
  bgWaits = new Map<number, Promise<number>>();
  /** Asynchronous lists as jobs (`jobs`, `fg`, `%1`); a subshell starts with none of its own. */
  jobs = new JobTable();
  /** Set while starting a job under job control: its child gets a process group of its own. */
  newGroup = false;
  /** Reading commands from a terminal (prompts, job notices). */
  interactive = false;
  /** Every running child's exit, by pid (a job made of stopped foreground children waits on these). */
  childDone = new Map<number, Promise<number>>();
  /** The job `fg` is waiting on, if any (Ctrl-Z stops it rather than making a new one). */
  fgJob: Job | undefined;
  /** The top-level command being run (a job's text when Ctrl-Z stops it). */
  currentCmd = '';
  /** Resolvers of the foreground waits a Ctrl-Z cuts short. */
  readonly stopWaiters = new Set<(status: number) => void>();
  fds = FdTable.initial() as FdTable;
  condDepth = 0;
  /** Names `export`ed while unset: exported once they get a value. */
  pendingExport = new Set<string>();
  /** getopts' position inside a bundled option argument (`-abc`). */
  optPos = 1;
  funcDepth = 0;
  loopDepth = 0;
  line = 1;
  locals: Array<Map<string, Var | undefined>> = [];

  constructor() {
    for (const [k, v] of Object.entries(proc.env)) if (v !== undefined) this.vars.set(k, { v, exp: true });
    if (!this.vars.has('IFS')) this.vars.set('IFS', { v: ' \t\n', exp: false });
    if (!this.vars.has('PS1')) this.vars.set('PS1', { v: '$ ', exp: false });
    // dash's default search path when none was inherited (not exported, as in dash).
    if (!this.vars.has('PATH'))
      this.vars.set('PATH', {
        v: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
        exp: false,
      });
    if (!this.vars.has('PS2')) this.vars.set('PS2', { v: '> ', exp: false });
    this.vars.set('PPID', { v: String(proc.ppid), exp: false });
    this.vars.set('OPTIND', { v: '1', exp: false });
    this.vars.set('PWD', { v: proc.cwd(), exp: true });
  }

  // ---- ExpandCtx ----
  getVar(name: string): string | undefined {
    return this.vars.get(name)?.v;
  }
  setVar(name: string, value: string, exp?: boolean): void {
    const old = this.vars.get(name);
    if (old?.ro) throw new ShellError(`${name}: is read only`);
    const pending = this.pendingExport.delete(name);
    this.vars.set(name, { v: value, exp: exp ?? old?.exp ?? (pending || this.opts.a === true) });
  }
  special(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(this.status);
      case '$':
        return String(proc.pid);
      case '!':
        return this.lastBg === undefined ? undefined : String(this.lastBg);
      case '#':
        return String(this.params.length);
      case '0':
        return this.arg0;
      case '-':
        return Object.entries(this.opts)
          .filter(([, v]) => v)
          .map(([k]) => k)
          .join('');
      default:
        return undefined;
    }
  }
  positional(): string[] {
    return this.params;
  }
  cwd(): string {
    return proc.cwd();
  }
  nounset(): boolean {
    return this.opts.u === true;
  }
  noglob(): boolean {
    return this.opts.f === true;
  }
  fields(raw: string): Promise<string[]> {
    return expandFields(raw, this);
  }
  str(raw: string, mode?: 'word' | 'dq' | 'heredoc'): Promise<string> {
    return expandString(raw, this, mode);
  }

  /** Command substitution: runs `src` as a subshell with stdout captured, trailing newlines cut. */
  async subst(src: string): Promise<string> {
    const out: string[] = [];
    const saved = this.fds;
    this.fds = saved.clone();
    this.fds.map.set(1, { k: 'cap', out });
    // Unlike `( )`, a substitution does not inherit an enclosing condition's exemption from `set -e`.
    const cond = this.condDepth;
    this.condDepth = 0;
    try {
      this.substStatus = await this.subshell(async () => this.run(parse(src)));
    } catch (e) {
      if (e instanceof SyntaxError_) throw new ShellError(`Syntax error: ${e.message}`);
      throw e;
    } finally {
      this.fds = saved;
      this.condDepth = cond;
    }
    return out.join('').replace(/\n+$/, '');
  }

  // ---- state ----
  snapshot(): Snapshot {
    const vars = new Map<string, Var>();
    for (const [k, v] of this.vars) vars.set(k, { ...v });
    return {
      vars,
      params: this.params.slice(),
      funcs: new Map(this.funcs),
      opts: { ...this.opts },
      cwd: proc.cwd(),
      traps: new Map(this.traps),
      aliases: new Map(this.aliases),
      umask: proc.umask(),
    };
  }
  restore(s: Snapshot): void {
    this.vars = s.vars;
    this.params = s.params;
    this.funcs = s.funcs;
    this.opts = s.opts;
    this.traps = s.traps;
    this.aliases = s.aliases;
    if (proc.cwd() !== s.cwd) proc.chdir(s.cwd);
    if (proc.umask() !== s.umask) proc.umask(s.umask);
  }

  /** Runs `fn` with subshell semantics: state changes and `exit` stay inside. */
  async subshell(fn: () => Promise<number>): Promise<number> {
    const snap = this.snapshot();
    const depths = [this.funcDepth, this.loopDepth, this.locals];
    this.funcDepth = 0;
    this.loopDepth = 0;
    this.locals = [];
    const [jobs, ownTraps] = [this.jobs, this.ownTraps];
    this.jobs = new JobTable();
    this.ownTraps = new Set();
    try {
      return await subshellExit(this, await this.settle(fn));
    } finally {
      [this.funcDepth, this.loopDepth, this.locals] = depths as [number, number, typeof this.locals];
      [this.jobs, this.ownTraps] = [jobs, ownTraps];
      this.restore(snap);
    }
  }

  /** A subshell's body to its status: `exit`, errors, `return` and `break` end it there. */
  private async settle(fn: () => Promise<number>): Promise<number> {
    try {
      return await fn();
    } catch (e) {
      if (e instanceof ExitSignal) return e.code;
      if (e instanceof ShellError) {
        await this.error(e.message);
        return e.code;
      }
      if (e instanceof ReturnSignal || e instanceof LoopSignal) return this.status;
      throw e;
    }
  }

  /** `sh: LINE: message` on stderr. */
  async error(msg: string): Promise<void> {
    try {
      await this.fds.write(2, `${this.arg0}: ${this.line}: ${msg}\n`);
    } catch {
      // stderr closed: nothing to report to.
    }
  }

  /** Exits on failure under `set -e` unless inside a condition. */
  checkErr(st: number): number {
    this.status = st;
    if (st !== 0 && this.opts.e && this.condDepth === 0) throw new ExitSignal(st);
    return st;
  }

  async cond(node: Node): Promise<number> {
    this.condDepth++;
    try {
      return await this.run(node);
    } finally {
      this.condDepth--;
    }
  }

  // ---- executor ----
  async run(node: Node): Promise<number> {
    switch (node.t) {
      case 'list': {
        let st = 0;
        for (const it of node.items) {
          if (it.bg) st = await this.background(it.node);
          else st = await this.run(it.node);
          this.status = st;
        }
        this.status = st;
        return st;
      }
      case 'andor': {
        const n = node.rest.length;
        let st = n ? await this.cond(node.first) : await this.run(node.first);
        for (let i = 0; i < n; i++) {
          const [op, next] = node.rest[i] as ['&&' | '||', Node];
          this.status = st;
          if ((op === '&&') === (st === 0)) st = i === n - 1 ? await this.run(next) : await this.cond(next);
        }
        this.status = st;
        return st;
      }
      case 'pipeline':
        return this.pipeline(node.cmds, node.bang);
      case 'simple':
        return this.checkErr(await execSimple(this, node, null));
      case 'brace':
        return this.run(node.body);
      case 'subshell':
        return this.checkErr(await this.subshell(() => this.run(node.body)));
      case 'redirected':
        return this.withRedirs(node.redirs, () => this.run(node.node));
      case 'func':
        this.funcs.set(node.name, node.body);
        this.status = 0;
        return 0;
      case 'if':
        for (const [c, body] of node.clauses) if ((await this.cond(c)) === 0) return this.run(body);
        if (node.otherwise) return this.run(node.otherwise);
        this.status = 0;
        return 0;
      case 'loop':
        return this.loop(node.until, node.cond, node.body);
      case 'for':
        return this.forLoop(node.name, node.words, node.body);
      case 'case': {
        const w = await this.str(node.word);
        for (const it of node.items) {
          for (const p of it.patterns) {
            if (matchPattern(await expandPattern(p, this), w)) {
              this.status = 0;
              return it.body ? this.run(it.body) : 0;
            }
          }
        }
        this.status = 0;
        return 0;
      }
    }
  }

  private async loopBody(body: Node): Promise<'break' | 'continue' | null> {
    try {
      await this.run(body);
      return null;
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      if (e.levels > 1) {
        e.levels--;
        throw e;
      }
      return e.kind;
    }
  }

  private async loop(until: boolean, cond: Node, body: Node): Promise<number> {
    let st = 0;
    this.loopDepth++;
    try {
      for (;;) {
        const c = await this.cond(cond);
        if ((c === 0) === until) break;
        const r = await this.loopBody(body);
        st = this.status;
        if (r === 'break') break;
      }
    } finally {
      this.loopDepth--;
    }
    this.status = st;
    return st;
  }

  private async forLoop(name: string, words: string[] | null, body: Node): Promise<number> {
    let list: string[] = [];
    if (words === null) list = this.params.slice();
    else for (const w of words) list.push(...(await this.fields(w)));
    let st = 0;
    this.loopDepth++;
    try {
      for (const v of list) {
        this.setVar(name, v);
        const r = await this.loopBody(body);
        st = this.status;
        if (r === 'break') break;
      }
    } finally {
      this.loopDepth--;
    }
    this.status = st;
    return st;
  }

  /** Waits for `p` in the foreground; under job control a Ctrl-Z ends the wait early with 148. */
  stoppable(p: Promise<number>): Promise<number> {
    if (!this.opts.m) return p;
    return new Promise((resolve) => {
      this.stopWaiters.add(resolve);
      void p.then((st) => {
        this.stopWaiters.delete(resolve);
        resolve(st);
      });
    });
  }

  /** Registers a running child for `$!` and `wait`. */
  addBg(pid: number, done: Promise<number>): void {
    this.lastBg = pid;
    this.bgWaits.set(pid, done);
    void done.then(() => undefined);
  }

  /** `cmd &` (see jobs.ts). */
  private background(node: Node): Promise<number> {
    return background(this, node);
  }

  /** A pipeline (see jobs.ts). */
  private pipeline(cmds: Node[], bang: boolean): Promise<number> {
    return pipeline(this, cmds, bang);
  }

  /** Runs `fn` with the redirections applied to a copy of the fd table (command.ts does the opening). */
  async withRedirs(redirs: import('./ast.js').Redir[], fn: () => Promise<number>): Promise<number> {
    const saved = this.fds;
    const t = saved.clone();
    let opened: number[];
    try {
      opened = await applyRedirs(this, redirs, t);
    } catch (e) {
      if (e instanceof ShellError) {
        await this.error(e.message);
        return this.checkErr(e.code);
      }
      throw e;
    }
    this.fds = t;
    try {
      return await fn();
    } finally {
      this.fds = saved;
      closeAll(opened);
    }
  }

  /** Parses and runs source text in this shell (eval, `.`, -c); syntax errors become ShellError. */
  async source(src: string): Promise<number> {
    let node: Node;
    try {
      node = parse(src);
    } catch (e) {
      if (e instanceof SyntaxError_) throw new ShellError(`Syntax error: ${e.message}`);
      throw e;
    }
    const saved = this.lineAliases;
    this.lineAliases = null;
    try {
      return await this.run(node);
    } finally {
      this.lineAliases = saved;
    }
  }
}

/** Closes kernel fds a redirection opened. */
export function closeAll(fds: number[]): void {
  for (const fd of fds) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
  }
}

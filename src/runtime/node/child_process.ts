// Guest zone: node:child_process. Children are processes of the same container (their own isolates):
// spawn wires stdio through kernel pipes, fork adds an IPC channel, and the Sync forms block this
// process in the kernel (runtime/internal/block.ts) while the kernel collects the child's output.

import { Buffer } from 'buffer';
import EventEmitter from 'events';
import { block } from '../internal/block.js';
import { flushStdio, type Stdio, stdioOf } from '../internal/child-stdio.js';
import { offData, onData, start, sys, sysTry } from '../internal/door.js';
import { invalidArgType, type NodeError, nodeError, outOfRange, uvException } from '../internal/errors.js';
import { fdReadable, fdWritable } from '../internal/fd-stream.js';
import { clearTimer, nextTick, setTimer } from '../internal/loop.js';

type Env = Record<string, string | undefined>;
interface SpawnOptions {
  cwd?: string | { pathname: string };
  env?: Env;
  argv0?: string;
  stdio?: Stdio | Stdio[];
  detached?: boolean;
  uid?: number;
  gid?: number;
  shell?: boolean | string;
  windowsHide?: boolean;
  signal?: { aborted: boolean; addEventListener(t: string, f: () => void): void };
  timeout?: number;
  killSignal?: string | number;
  encoding?: string;
  maxBuffer?: number;
  input?: string | Uint8Array;
  silent?: boolean;
  execArgv?: string[];
  execPath?: string;
}

const queue = (fn: () => void) => nextTick(fn, []);
const proc = () =>
  (
    globalThis as unknown as {
      process: { env: Env; execPath: string; execArgv: string[]; stderr: { write(b: unknown): void } };
    }
  ).process;

function normalizeArgs(
  file: unknown,
  args?: unknown,
  options?: unknown,
): { file: string; args: string[]; options: SpawnOptions } {
  if (typeof file !== 'string') throw invalidArgType('file', 'of type string', file);
  if (file.length === 0)
    throw nodeError('ERR_INVALID_ARG_VALUE', "The argument 'file' cannot be empty. Received ''", TypeError);
  let a: unknown[] = [];
  let o: unknown = options;
  if (Array.isArray(args)) a = args;
  else if (args !== undefined && args !== null && typeof args === 'object') o = args;
  else if (args !== undefined && args !== null) throw invalidArgType('args', 'of type object', args);
  if (o !== undefined && o !== null && typeof o !== 'object')
    throw invalidArgType('options', 'of type object', o);
  const timeout = (o as { timeout?: unknown } | null | undefined)?.timeout;
  if (timeout != null && !(Number.isInteger(timeout) && (timeout as number) >= 0))
    throw outOfRange('timeout', 'an unsigned integer', timeout);
  return { file, args: a.map((x) => String(x)), options: (o ?? {}) as SpawnOptions };
}

function shellCommand(file: string, args: string[], shell: boolean | string | undefined): [string, string[]] {
  if (!shell) return [file, args];
  const command = [file, ...args].join(' ');
  return [typeof shell === 'string' ? shell : '/bin/sh', ['-c', command]];
}

function envOf(options: SpawnOptions): Record<string, string> {
  const src = options.env ?? proc().env;
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(src)) if (v !== undefined) out[k] = String(v);
  return out;
}

function cwdOf(options: SpawnOptions): string | null {
  const c = options.cwd;
  if (c === undefined || c === null) return null;
  if (typeof c === 'string') return c;
  if (typeof c === 'object' && 'pathname' in c) return decodeURIComponent(c.pathname);
  throw invalidArgType('options.cwd', 'of type string or an instance of URL', c);
}

/** `spawn ls ENOENT` with code, errno, syscall, path and spawnargs, as Node reports it. */
function spawnError(err: NodeError, file: string, args: string[]): NodeError {
  const e = uvException({ code: (err.code ?? 'EIO') as 'EIO', syscall: `spawn ${file}` }) as NodeError & {
    spawnargs?: string[];
  };
  e.message = `spawn ${file} ${err.code}`;
  e.path = file;
  // Node reports the arguments without argv[0].
  e.spawnargs = args.slice(1);
  return e;
}

export class ChildProcess extends EventEmitter {
  pid: number | undefined = undefined;
  exitCode: number | null = null;
  signalCode: string | null = null;
  killed = false;
  connected = false;
  spawnfile = '';
  spawnargs: string[] = [];
  stdin: ReturnType<typeof fdWritable> | null = null;
  stdout: ReturnType<typeof fdReadable> | null = null;
  stderr: ReturnType<typeof fdReadable> | null = null;
  stdio: unknown[] = [];
  private waitOp = -1;
  private ipcId: number | null = null;
  private ipcOp = -1;
  private openStreams = 0;
  private exited = false;
  private closed = false;

  /** @internal */
  _spawn(file: string, args: string[], options: SpawnOptions): void {
    const [cmd, cmdArgs] = shellCommand(file, args, options.shell);
    this.spawnfile = cmd;
    this.spawnargs = [options.argv0 ?? cmd, ...cmdArgs];
    const { kernel, ipc } = stdioOf(options.stdio);
    let r: { pid: number; fds: Array<number | null>; ipc: number | null };
    try {
      r = sys('proc.spawn', {
        argv: [cmd, ...cmdArgs],
        ...(options.argv0 !== undefined ? { argv0: String(options.argv0) } : {}),
        env: envOf(options),
        cwd: cwdOf(options),
        stdio: kernel,
        ipc,
        detached: Boolean(options.detached),
        ...(options.uid !== undefined ? { uid: options.uid } : {}),
        ...(options.gid !== undefined ? { gid: options.gid } : {}),
      });
    } catch (err) {
      const e = spawnError(err as NodeError, cmd, this.spawnargs);
      queue(() => {
        this.emit('error', e);
        this.closed = true;
        this.emit('close', -(Number((err as NodeError).errno ?? 0) * -1) || -2, null);
      });
      return;
    }
    this.pid = r.pid;
    r.fds.forEach((fd, i) => {
      if (fd === null) {
        this.stdio[i] = null;
        return;
      }
      if (i === 0) {
        const w = fdWritable(fd);
        this.stdio[i] = w;
      } else {
        const rd = fdReadable(fd);
        this.openStreams++;
        rd.on('close', () => this.streamClosed());
        this.stdio[i] = rd;
      }
    });
    this.stdin = (this.stdio[0] as ReturnType<typeof fdWritable>) ?? null;
    this.stdout = (this.stdio[1] as ReturnType<typeof fdReadable>) ?? null;
    this.stderr = (this.stdio[2] as ReturnType<typeof fdReadable>) ?? null;
    if (r.ipc !== null) this.setupIpc(r.ipc);
    this.waitOp = start(
      'proc.wait',
      { pid: r.pid },
      (err, v) => {
        if (err) return;
        const { code, signal } = v as { code: number | null; signal: string | null };
        this.exited = true;
        this.exitCode = code;
        this.signalCode = signal;
        this.emit('exit', code, signal);
        // Node destroys stdin once the child is gone; readers drain what is left, then close.
        this.stdin?.destroy();
        // Output nobody reads is drained on the next tick, so 'close' follows (Node's flushStdio).
        queue(() => flushStdio(this.stdio));
        this.maybeClose();
      },
      queue,
    );
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => {
        this.kill(options.killSignal as string | undefined);
        const e = nodeError('ABORT_ERR', 'The operation was aborted');
        e.name = 'AbortError';
        this.emit('error', e);
      };
      if (signal.aborted) queue(onAbort);
      else signal.addEventListener('abort', onAbort);
    }
    queue(() => this.emit('spawn'));
  }

  private setupIpc(id: number): void {
    this.ipcId = id;
    this.connected = true;
    // As in Node, 'close' also waits for the channel: messages the child sent before it exited are
    // still delivered (the kernel may hold them back while this process is busy), then 'disconnect'.
    this.openStreams++;
    this.ipcOp = start('ipc.recv', { id }, () => {}, queue);
    sysTry('op.ref', { id: this.ipcOp, ref: false });
    onData(this.ipcOp, (chunk) => {
      if (chunk === null) {
        this.disconnect();
        return;
      }
      this.emit('message', JSON.parse(Buffer.from(chunk).toString('utf8')));
    });
  }

  send(message: unknown, ...rest: unknown[]): boolean {
    const cb = rest.find((x) => typeof x === 'function') as ((err: Error | null) => void) | undefined;
    if (this.ipcId === null || !this.connected) {
      const err = nodeError('ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
      if (cb) queue(() => cb(err));
      else queue(() => this.emit('error', err));
      return false;
    }
    if (message === undefined)
      throw invalidArgType('message', 'one of type string, object, number, or boolean', message);
    const r = sysTry('ipc.send', { id: this.ipcId, message: JSON.stringify(message) });
    if (cb) queue(() => cb(r[0] ? uvException(r[0]) : null));
    return r[0] === null;
  }

  disconnect(): void {
    if (!this.connected || this.ipcId === null) return;
    this.connected = false;
    sysTry('ipc.close', { id: this.ipcId });
    if (this.ipcOp >= 0) offData(this.ipcOp);
    queue(() => {
      this.emit('disconnect');
      this.streamClosed();
    });
  }

  kill(sig?: string | number): boolean {
    if (this.pid === undefined || this.exited) return false;
    const signal = sig === undefined ? 'SIGTERM' : sig;
    const r = sysTry('proc.kill', {
      pid: this.pid,
      sig: typeof signal === 'number' ? signalName(signal) : signal,
    });
    if (r[0] !== null) {
      if (r[0].code === 'EINVAL')
        throw nodeError('ERR_UNKNOWN_SIGNAL', `Unknown signal: ${String(signal)}`, TypeError);
      return false;
    }
    this.killed = true;
    return true;
  }

  ref(): void {
    if (this.waitOp >= 0) sysTry('op.ref', { id: this.waitOp, ref: true });
  }

  unref(): void {
    if (this.waitOp >= 0) sysTry('op.ref', { id: this.waitOp, ref: false });
    for (const s of [this.stdout, this.stderr])
      if (s?._opId !== undefined) sysTry('op.ref', { id: s._opId, ref: false });
  }

  private streamClosed(): void {
    this.openStreams--;
    this.maybeClose();
  }

  private maybeClose(): void {
    if (this.closed || !this.exited || this.openStreams > 0) return;
    this.closed = true;
    this.emit('close', this.exitCode, this.signalCode);
  }
}

const SIGNAL_NAMES: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  3: 'SIGQUIT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  10: 'SIGUSR1',
  12: 'SIGUSR2',
  13: 'SIGPIPE',
  14: 'SIGALRM',
  15: 'SIGTERM',
};
function signalName(n: number): string | 0 {
  return n === 0 ? 0 : (SIGNAL_NAMES[n] ?? `SIG${n}`);
}

export function spawn(file: unknown, args?: unknown, options?: unknown): ChildProcess {
  const n = normalizeArgs(file, args, options);
  const child = new ChildProcess();
  child._spawn(n.file, n.args, n.options);
  if (n.options.timeout && n.options.timeout > 0) {
    const t = setTimer(
      () => child.kill(n.options.killSignal as string | undefined),
      n.options.timeout,
      [],
      false,
    );
    child.once('exit', () => clearTimer(t));
  }
  return child;
}

type ExecCallback = (
  err: (NodeError & { killed?: boolean; cmd?: string }) | null,
  stdout: string | Buffer,
  stderr: string | Buffer,
) => void;

function collectChild(
  child: ChildProcess,
  options: SpawnOptions,
  cmd: string,
  cb: ExecCallback | undefined,
): void {
  const enc = options.encoding === undefined ? 'utf8' : options.encoding;
  const max = options.maxBuffer ?? 1024 * 1024;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let size = 0;
  let error: (NodeError & { killed?: boolean; cmd?: string }) | null = null;
  const onData = (list: Buffer[]) => (d: Buffer) => {
    size += d.length;
    if (size > max && !error) {
      error = nodeError('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', 'stdout maxBuffer length exceeded', RangeError);
      child.kill(options.killSignal as string | undefined);
    } else list.push(d);
  };
  child.stdout?.on('data', onData(out));
  child.stderr?.on('data', onData(err));
  const text = (list: Buffer[]) => {
    const b = Buffer.concat(list);
    return enc === 'buffer' || enc === null ? b : b.toString(enc as 'utf8');
  };
  child.on('error', (e: NodeError) => {
    error = e;
  });
  child.on('close', (code: number | null, signal: string | null) => {
    if (!cb) return;
    const stdout = text(out);
    const stderr = text(err);
    if (!error && (code !== 0 || signal)) {
      error = new Error(
        `Command failed: ${cmd}\n${typeof stderr === 'string' ? stderr : stderr.toString()}`,
      ) as NodeError & { killed?: boolean; cmd?: string; signal?: string | null };
      (error as unknown as { code: number | null }).code = code;
      error.killed = child.killed;
      (error as unknown as { signal: string | null }).signal = signal;
      error.cmd = cmd;
    }
    cb(error, stdout, stderr);
  });
}

export function exec(command: unknown, options?: unknown, callback?: unknown): ChildProcess {
  if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
  const cb = (typeof options === 'function' ? options : callback) as ExecCallback | undefined;
  const opts = (typeof options === 'object' && options !== null ? options : {}) as SpawnOptions;
  const child = spawn(command, [], { ...opts, shell: opts.shell ?? true });
  collectChild(child, opts, command, cb);
  return child;
}

export function execFile(file: unknown, ...rest: unknown[]): ChildProcess {
  const cb = (typeof rest[rest.length - 1] === 'function' ? rest.pop() : undefined) as
    | ExecCallback
    | undefined;
  const args = Array.isArray(rest[0]) ? (rest.shift() as string[]) : [];
  const opts = (rest[0] ?? {}) as SpawnOptions;
  const child = spawn(file, args, opts);
  collectChild(child, opts, [file, ...args].join(' '), cb);
  return child;
}

export function fork(modulePath: unknown, args?: unknown, options?: unknown): ChildProcess {
  if (
    typeof modulePath !== 'string' &&
    !(modulePath && typeof modulePath === 'object' && 'href' in modulePath)
  ) {
    throw invalidArgType('modulePath', 'of type string or an instance of URL', modulePath);
  }
  const path =
    typeof modulePath === 'string'
      ? modulePath
      : decodeURIComponent((modulePath as unknown as { pathname: string }).pathname);
  const a = Array.isArray(args) ? args.map(String) : [];
  const o = ((Array.isArray(args) ? options : args) ?? {}) as SpawnOptions;
  const stdio: Stdio[] = Array.isArray(o.stdio)
    ? o.stdio
    : o.silent
      ? ['pipe', 'pipe', 'pipe', 'ipc']
      : ['inherit', 'inherit', 'inherit', 'ipc'];
  if (!stdio.includes('ipc'))
    throw nodeError(
      'ERR_CHILD_PROCESS_IPC_REQUIRED',
      "Forked processes must have an IPC channel, missing value 'ipc' in options.stdio",
    );
  return spawn(o.execPath ?? proc().execPath, [...(o.execArgv ?? proc().execArgv), path, ...a], {
    ...o,
    stdio,
  });
}

interface SyncResult {
  pid: number;
  output: Array<string | Buffer | null>;
  stdout: string | Buffer;
  stderr: string | Buffer;
  status: number | null;
  signal: string | null;
  error?: NodeError;
}

export function spawnSync(file: unknown, args?: unknown, options?: unknown): SyncResult {
  const n = normalizeArgs(file, args, options);
  const o = n.options;
  const [cmd, cmdArgs] = shellCommand(n.file, n.args, o.shell);
  const { kernel } = stdioOf(o.stdio);
  const input = o.input === undefined ? null : typeof o.input === 'string' ? Buffer.from(o.input) : o.input;
  const enc = o.encoding;
  const decode = (b: Uint8Array): string | Buffer => {
    const buf = Buffer.from(b);
    return enc && enc !== 'buffer' ? buf.toString(enc as 'utf8') : buf;
  };
  try {
    const r = block<{
      pid: number;
      code: number | null;
      signal: string | null;
      stdout: Uint8Array;
      stderr: Uint8Array;
      error: string | null;
    }>('proc.spawnSync', {
      argv: [cmd, ...cmdArgs],
      ...(o.argv0 !== undefined ? { argv0: String(o.argv0) } : {}),
      env: envOf(o),
      cwd: cwdOf(o),
      stdio: kernel,
      ipc: false,
      detached: Boolean(o.detached),
      input: input ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : null,
      ...(o.timeout ? { timeoutMs: o.timeout } : {}),
      // The kernel caps what it holds for a blocked parent at 64 MiB per stream (Infinity included).
      ...(o.maxBuffer !== undefined
        ? { maxBuffer: Math.min(Math.max(0, Math.floor(o.maxBuffer) || 0), 64 * 1024 * 1024) }
        : {}),
      ...(typeof o.killSignal === 'string' ? { killSignal: o.killSignal } : {}),
    });
    const stdout = kernel[1] === 'pipe' ? decode(r.stdout) : null;
    const stderr = kernel[2] === 'pipe' ? decode(r.stderr) : null;
    const result: SyncResult = {
      pid: r.pid,
      output: [null, stdout, stderr],
      stdout: stdout as string | Buffer,
      stderr: stderr as string | Buffer,
      status: r.code,
      signal: r.signal,
    };
    if (r.error)
      result.error = uvException({ code: r.error as 'ETIMEDOUT', syscall: `spawnSync ${cmd}`, path: cmd });
    return result;
  } catch (err) {
    const e = spawnError(err as NodeError, cmd, [cmd, ...cmdArgs]);
    e.syscall = `spawnSync ${cmd}`;
    e.message = `spawnSync ${cmd} ${(err as NodeError).code}`;
    return {
      pid: 0,
      output: [null, null, null],
      stdout: null as unknown as string,
      stderr: null as unknown as string,
      status: null,
      signal: null,
      error: e,
    };
  }
}

function checkSync(r: SyncResult, cmd: string, o: SpawnOptions): string | Buffer {
  const inheritStderr = o.stdio === undefined;
  if (inheritStderr && r.stderr && r.stderr.length) proc().stderr.write(r.stderr);
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const err = new Error(
      `Command failed: ${cmd}${r.stderr && r.stderr.length ? `\n${r.stderr.toString()}` : ''}`,
    ) as Error & Record<string, unknown>;
    Object.assign(err, {
      status: r.status,
      signal: r.signal,
      output: r.output,
      pid: r.pid,
      stdout: r.stdout,
      stderr: r.stderr,
    });
    throw err;
  }
  return r.stdout;
}

export function execSync(command: unknown, options?: unknown): string | Buffer {
  if (typeof command !== 'string') throw invalidArgType('command', 'of type string', command);
  const o = (options ?? {}) as SpawnOptions;
  return checkSync(spawnSync(command, [], { ...o, shell: o.shell ?? true }), command, o);
}

export function execFileSync(file: unknown, args?: unknown, options?: unknown): string | Buffer {
  const n = normalizeArgs(file, args, options);
  return checkSync(spawnSync(n.file, n.args, n.options), [n.file, ...n.args].join(' '), n.options);
}

export default { ChildProcess, spawn, exec, execFile, fork, spawnSync, execSync, execFileSync };

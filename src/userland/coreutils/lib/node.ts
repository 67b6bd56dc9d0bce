// Guest zone (userland): typed handles on the Node builtins the coreutils use; the guest tsconfig has no
// Node types, so each program reaches fs, process and child_process through these declarations.

declare const require: (id: string) => unknown;

/** The subset of fs.Stats the utilities read. */
export interface Stats {
  mode: number;
  size: number;
  uid: number;
  gid: number;
  nlink: number;
  ino: number;
  dev: number;
  blocks: number;
  blksize: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
}

/** Node's Buffer, as far as the utilities use it. */
export interface Buf extends Uint8Array {
  toString(encoding?: string, start?: number, end?: number): string;
  indexOf(value: number | string | Uint8Array, from?: number): number;
  subarray(start?: number, end?: number): Buf;
  equals(other: Uint8Array): boolean;
  write(s: string, offset: number, length: number, encoding: string): number;
}

interface BufferCtor {
  from(data: string | Uint8Array | number[], encoding?: string): Buf;
  alloc(size: number): Buf;
  concat(list: Uint8Array[], total?: number): Buf;
  byteLength(s: string): number;
}

/** The synchronous fs calls the utilities make. */
export interface Fs {
  readFileSync(path: string | number): Buf;
  writeFileSync(
    path: string | number,
    data: string | Uint8Array,
    opts?: { flag?: string; mode?: number },
  ): void;
  statSync(path: string): Stats;
  lstatSync(path: string): Stats;
  fstatSync(fd: number): Stats;
  readdirSync(path: string): string[];
  mkdirSync(path: string, opts?: { recursive?: boolean; mode?: number }): string | undefined;
  rmdirSync(path: string): void;
  unlinkSync(path: string): void;
  renameSync(from: string, to: string): void;
  symlinkSync(target: string, path: string): void;
  linkSync(existing: string, path: string): void;
  readlinkSync(path: string): string;
  realpathSync(path: string): string;
  chmodSync(path: string, mode: number): void;
  chownSync(path: string, uid: number, gid: number): void;
  lchownSync(path: string, uid: number, gid: number): void;
  utimesSync(path: string, atime: number | Date, mtime: number | Date): void;
  openSync(path: string, flags: string | number, mode?: number): number;
  closeSync(fd: number): void;
  readSync(fd: number, buf: Uint8Array, off: number, len: number, pos: number | null): number;
  writeSync(fd: number, data: Uint8Array | string): number;
  copyFileSync(from: string, to: string): void;
  mkdtempSync(prefix: string): string;
  accessSync(path: string, mode?: number): void;
  readFile(path: string, cb: (err: NodeErr | null, data: Buf) => void): void;
}

/** A readable stream (stdin) as the utilities consume it. */
export interface Readable {
  on(ev: 'data', fn: (chunk: Buf | string) => void): Readable;
  on(ev: 'end' | 'close', fn: () => void): Readable;
  on(ev: 'error', fn: (e: NodeErr) => void): Readable;
  resume(): void;
  isTTY?: boolean;
}

/** A writable stream (stdout, stderr). */
export interface Writable {
  write(data: string | Uint8Array, cb?: (err?: NodeErr | null) => void): boolean;
  on(ev: 'error', fn: (e: NodeErr) => void): Writable;
  on(ev: 'drain', fn: () => void): Writable;
  once(ev: 'drain', fn: () => void): Writable;
  isTTY?: boolean;
}

/** The global process object. */
export interface Proc {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
  stdout: Writable;
  stderr: Writable;
  stdin: Readable;
  pid: number;
  ppid: number;
  platform: string;
  arch: string;
  cwd(): string;
  chdir(dir: string): void;
  getuid(): number;
  getgid(): number;
  geteuid(): number;
  getegid(): number;
  getgroups(): number[];
  kill(pid: number, sig?: string | number): boolean;
  exit(code?: number): never;
  umask(): number;
  on(ev: string, fn: (...a: unknown[]) => void): void;
}

/** An error as Node's fs throws it. */
export interface NodeErr extends Error {
  code?: string;
  errno?: number;
  syscall?: string;
  path?: string;
}

/** child_process.spawnSync's result. */
export interface SpawnResult {
  status: number | null;
  signal: string | null;
  error?: NodeErr;
  stdout: Buf | null;
  stderr: Buf | null;
}

/** The child_process calls the utilities make. */
export interface ChildProcess {
  spawnSync(
    cmd: string,
    args: string[],
    opts: {
      stdio?: unknown;
      input?: Uint8Array | string;
      env?: Record<string, string | undefined>;
      cwd?: string;
    },
  ): SpawnResult;
}

/**
 * fs and Buffer are loaded on first use: in a fresh process `require('fs')` costs milliseconds, and
 * `true`, `echo` or `basename` never need it.
 */
function lazily<T extends object>(load: () => T, shape: T): T {
  let real: T | undefined;
  const get = (): T => {
    real ??= load();
    return real;
  };
  return new Proxy(shape, {
    get: (_t, key) => Reflect.get(get(), key),
    has: (_t, key) => Reflect.has(get(), key),
    apply: (_t, self, args) => Reflect.apply(get() as (...a: unknown[]) => unknown, self, args),
    construct: (_t, args) => Reflect.construct(get() as new (...a: unknown[]) => object, args),
  });
}

export const fs: Fs = lazily(() => require('node:fs') as Fs, {} as Fs);
export const Buffer: BufferCtor = lazily(
  () => (require('node:buffer') as { Buffer: BufferCtor }).Buffer,
  // A function target, so the proxy can stand for the constructor (`Buffer.from`, `instanceof`).
  function Buffer() {} as unknown as BufferCtor,
);
export const proc = (globalThis as unknown as { process: Proc }).process;
/** child_process, loaded on first use (only a few utilities spawn). */
export const childProcess = (): ChildProcess => require('node:child_process') as ChildProcess;
/** os, loaded on first use. */
export const os = (): {
  hostname(): string;
  cpus(): unknown[];
  availableParallelism?(): number;
  release(): string;
  type(): string;
  machine?(): string;
  arch(): string;
  uptime(): number;
  totalmem(): number;
  freemem(): number;
  userInfo(): { username: string };
} => require('node:os') as ReturnType<typeof os>;
/** crypto, loaded on first use (hash sums). */
export const crypto = (): {
  createHash(alg: string): { update(d: Uint8Array): unknown; digest(enc: string): string };
} => require('node:crypto') as ReturnType<typeof crypto>;

const timers = globalThis as unknown as { setTimeout(fn: () => void, ms: number): unknown };
/** Resolves after ms milliseconds (a referenced timer keeps the process alive meanwhile). */
export const delay = (ms: number): Promise<void> => new Promise((resolve) => timers.setTimeout(resolve, ms));

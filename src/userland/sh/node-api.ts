// Guest zone (userland /bin/sh): the few Node APIs the shell uses, typed locally (the guest zone has
// no Node types). The shell is an ordinary Node program: it reaches the kernel only through these.

/** Node's fs, the subset the shell calls. */
export interface Fs {
  openSync(path: string, flags: string, mode?: number): number;
  closeSync(fd: number): void;
  writeSync(fd: number, data: string | Uint8Array): number;
  readFileSync(path: string | number): Uint8Array;
  readFileSync(path: string | number, enc: string): string;
  readdirSync(path: string): string[];
  statSync(path: string): {
    isDirectory(): boolean;
    isFile(): boolean;
    mode: number;
    size: number;
    mtimeMs: number;
    dev: number;
    ino: number;
  };
  lstatSync(path: string): { isSymbolicLink(): boolean; isDirectory(): boolean };
  accessSync(path: string, mode?: number): void;
  existsSync(path: string): boolean;
}

/** The readable/writable end of a child's pipe. */
export interface PipeEnd {
  _fd?: number;
  on(ev: string, fn: (...a: unknown[]) => void): void;
  write(d: string | Uint8Array): boolean;
  end(): void;
  destroy(): void;
  setEncoding?(e: string): void;
  pause(): void;
  resume(): void;
  removeListener(ev: string, fn: (...a: unknown[]) => void): void;
}

export interface Child {
  pid?: number;
  stdin: PipeEnd | null;
  stdout: PipeEnd | null;
  stderr: PipeEnd | null;
  on(ev: string, fn: (...a: unknown[]) => void): void;
}

export interface ChildProcessApi {
  spawn(
    cmd: string,
    args: string[],
    opts: { stdio: unknown[]; env: Record<string, string>; cwd: string; argv0?: string; detached?: boolean },
  ): Child;
}

export interface Proc {
  argv: string[];
  env: Record<string, string | undefined>;
  pid: number;
  ppid: number;
  exitCode?: number;
  stdin: PipeEnd & { isTTY?: boolean };
  cwd(): string;
  chdir(p: string): void;
  exit(code?: number): never;
  kill(pid: number, sig?: string | number): void;
  umask(mask?: number): number;
  cpuUsage(): { user: number; system: number };
  on(ev: string, fn: (...a: unknown[]) => void): void;
}

declare const require: (id: string) => unknown;
declare const process: Proc;

export const fs = require('node:fs') as Fs;
export const cp = require('node:child_process') as ChildProcessApi;
export const proc: Proc = process;

// Guest zone: fs.Dir and opendir, and readdir's `recursive` walk (breadth-first, as Node lists it).

import { nodeError, validateFunction } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';
import { toOptions, toPath } from './args.js';
import { type Call, ops } from './ops.js';
import { runAsync, runSync } from './run.js';
import type { Dirent } from './stats.js';

type Cb = (err: Error | null, value?: unknown) => void;

function join(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

const dirClosed = () => nodeError('ERR_DIR_CLOSED', 'Directory handle was closed');

/** fs.Dir: the entries of a directory, read one at a time (listed once, when opened). */
export class Dir {
  readonly #path: string;
  readonly #entries: Dirent[];
  #closed = false;

  constructor(path: string, entries: Dirent[]) {
    this.#path = path;
    this.#entries = entries;
  }

  get path(): string {
    return this.#path;
  }

  readSync(): Dirent | null {
    if (this.#closed) throw dirClosed();
    return this.#entries.shift() ?? null;
  }

  read(cb?: Cb): Promise<Dirent | null> | undefined {
    if (cb === undefined)
      return new Promise((resolve, reject) => {
        this.read((err, v) => (err ? reject(err) : resolve(v as Dirent | null)));
      });
    validateFunction(cb, 'callback');
    if (this.#closed) throw dirClosed();
    const entry = this.#entries.shift() ?? null;
    nextTick(() => cb(null, entry), []);
    return undefined;
  }

  closeSync(): void {
    if (this.#closed) throw dirClosed();
    this.#closed = true;
  }

  close(cb?: Cb): Promise<void> | undefined {
    if (cb === undefined)
      return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
    validateFunction(cb, 'callback');
    if (this.#closed) {
      const err = dirClosed();
      nextTick(() => cb(err), []);
      return undefined;
    }
    this.#closed = true;
    nextTick(() => cb(null), []);
    return undefined;
  }

  async *entries(): AsyncGenerator<Dirent> {
    try {
      for (;;) {
        const d = await this.read();
        if (d === null) break;
        yield d as Dirent;
      }
    } finally {
      if (!this.#closed) await this.close();
    }
  }

  [Symbol.asyncIterator](): AsyncGenerator<Dirent> {
    return this.entries();
  }
}

function listCall(path: unknown): Call {
  return ops.readdir(path, { withFileTypes: true });
}

/** opendir reports its own syscall name where readdir says scandir. */
export function openCall(path: unknown): Call {
  return {
    ...listCall(path),
    recover: (e) => {
      const err = e as Error & { syscall?: string };
      if (err.syscall === 'scandir') {
        err.syscall = 'opendir';
        err.message = err.message.replace(', scandir', ', opendir');
        if (err.stack) err.stack = err.stack.replace(', scandir', ', opendir');
      }
      return null;
    },
  };
}

export function opendirSync(path: unknown, options?: unknown): Dir {
  toOptions(options, {});
  const p = toPath(path);
  return new Dir(p, runSync(openCall(p)) as Dirent[]);
}

export function opendir(path: unknown, ...rest: unknown[]): void {
  const cb = rest.pop();
  validateFunction(cb, 'callback');
  toOptions(rest[0], {});
  const p = toPath(path);
  runAsync(openCall(p), (err, v) => (err ? cb(err) : cb(null, new Dir(p, v as Dirent[]))));
}

/** One directory's entries, as the caller asked for them (names relative to the walk's root). */
function shape(
  base: string,
  dir: string,
  entries: Dirent[],
  o: { withFileTypes?: boolean; encoding?: string | null },
) {
  if (o.withFileTypes) return entries;
  const rel = dir === base ? '' : dir.slice(base.length + (base.endsWith('/') ? 0 : 1));
  return entries.map((d) => (rel ? `${rel}/${d.name}` : d.name));
}

function isDirLike(d: Dirent, dir: string): boolean {
  if (d.isDirectory()) return true;
  if (!d.isSymbolicLink()) return false;
  // Node follows symlinks when deciding what to descend into (for name listings).
  const st = runSync(ops.stat(join(dir, d.name), { throwIfNoEntry: false })) as
    | { isDirectory(): boolean }
    | undefined;
  return Boolean(st?.isDirectory());
}

export function readdirRecursiveSync(path: unknown, options: unknown): unknown[] {
  const o = toOptions(options, { encoding: 'utf8' as string | null, withFileTypes: false });
  const base = toPath(path);
  const out: unknown[] = [];
  const queue = [base];
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i] as string;
    const entries = runSync(listCall(dir)) as Dirent[];
    out.push(...shape(base, dir, entries, o));
    for (const d of entries)
      if (o.withFileTypes ? d.isDirectory() : isDirLike(d, dir)) queue.push(join(dir, d.name));
  }
  return out;
}

export function readdirRecursive(path: unknown, options: unknown, cb: Cb): void {
  const o = toOptions(options, { encoding: 'utf8' as string | null, withFileTypes: false });
  const base = toPath(path);
  const out: unknown[] = [];
  const queue = [base];
  const step = (i: number): void => {
    const dir = queue[i];
    if (dir === undefined) {
      cb(null, out);
      return;
    }
    runAsync(listCall(dir), (err, v) => {
      if (err) return cb(err);
      const entries = v as Dirent[];
      out.push(...shape(base, dir, entries, o));
      try {
        for (const d of entries)
          if (o.withFileTypes ? d.isDirectory() : isDirLike(d, dir)) queue.push(join(dir, d.name));
      } catch (e) {
        return cb(e as Error);
      }
      step(i + 1);
    });
  };
  step(0);
}

// Guest zone (userland): buffered stdout with backpressure, whole-input and streamed reads of files
// and stdin (`-`), and the line splitting the text utilities share.

import { utf8Bytes } from './bytes.js';
import { die, q, strerror, warn } from './errors.js';
import { type Buf, Buffer, fs, type NodeErr, proc } from './node.js';

const pending: (string | Uint8Array)[] = [];
let pendingBytes = 0;
let blocked: Promise<void> | null = null;
const HIGH_WATER = 64 * 1024;

/**
 * stdout, its error handler attached on first use: a utility that prints nothing (true, test) never
 * makes the stream, which costs a fresh process more than everything else such a program does.
 */
let stdoutUsed = false;
function stdout(): typeof proc.stdout {
  if (!stdoutUsed) {
    stdoutUsed = true;
    proc.stdout.on('error', (e: NodeErr) => {
      // A closed reader: die as GNU tools do under SIGPIPE, quietly.
      if (e.code === 'EPIPE') proc.exit(141);
      proc.exit(1);
    });
  }
  return proc.stdout;
}

function push(): void {
  if (pending.length === 0) return;
  const chunk = pending.length === 1 ? (pending[0] as string | Uint8Array) : joinPending();
  pending.length = 0;
  pendingBytes = 0;
  // One drain listener however many writes a utility queues before it next calls pump().
  if (!stdout().write(typeof chunk === 'string' ? utf8Bytes(chunk) : chunk) && !blocked) {
    blocked = new Promise((resolve) => proc.stdout.once('drain', () => resolve()));
  }
}

function joinPending(): string | Uint8Array {
  if (pending.every((p) => typeof p === 'string')) return pending.join('');
  return Buffer.concat(pending.map((p) => (typeof p === 'string' ? Buffer.from(p) : p)));
}

/** Queues output for stdout. */
export function out(data: string | Uint8Array): void {
  pending.push(data);
  pendingBytes += data.length;
  if (pendingBytes >= HIGH_WATER) push();
}

/** Waits while stdout's reader is behind (call in loops that produce a lot). */
export async function pump(): Promise<void> {
  const b = blocked;
  if (b) {
    blocked = null;
    await b;
  }
}

/** Writes everything queued and resolves once stdout has taken it. */
export function flush(): Promise<void> {
  // Nothing written and nothing buffered: there is nothing to wait for, so leave stdout unmade.
  if (pending.length === 0 && !stdoutUsed) return Promise.resolve();
  const chunk = pending.length ? joinPending() : '';
  pending.length = 0;
  pendingBytes = 0;
  return new Promise((resolve) =>
    stdout().write(typeof chunk === 'string' ? utf8Bytes(chunk) : chunk, () => resolve()),
  );
}

/** Reads stdin to its end. */
export function readStdin(): Promise<Buf> {
  return new Promise((resolve, reject) => {
    const parts: Buf[] = [];
    proc.stdin.on('data', (c) => parts.push(typeof c === 'string' ? Buffer.from(c) : c));
    proc.stdin.on('end', () => resolve(Buffer.concat(parts)));
    proc.stdin.on('error', reject);
    proc.stdin.resume();
  });
}

/** Streams stdin chunk by chunk; `onChunk` returns false to stop early. */
export function streamStdin(onChunk: (c: Buf) => boolean | Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false;
    let chain: Promise<unknown> = Promise.resolve();
    proc.stdin.on('data', (c) => {
      if (done) return;
      const b = typeof c === 'string' ? Buffer.from(c) : c;
      chain = chain.then(async () => {
        if (done) return;
        if (!(await onChunk(b))) {
          done = true;
          resolve();
        }
      });
    });
    proc.stdin.on('end', () => chain.then(() => resolve()));
    proc.stdin.on('error', reject);
    proc.stdin.resume();
  });
}

/** Reads a file operand (`-` is stdin) whole; throws the fs error for the caller to report. */
export async function readInput(name: string): Promise<Buf> {
  if (name === '-') return readStdin();
  return fs.readFileSync(name);
}

/** Reads a file operand, reporting `prog: name: strerror` and returning null on failure. */
export async function readOrWarn(name: string, warnFn: (m: string) => void): Promise<Buf | null> {
  try {
    if (name !== '-' && fs.statSync(name).isDirectory()) {
      warnFn(`${name}: Is a directory`);
      return null;
    }
    return await readInput(name);
  } catch (e) {
    warnFn(`${name}: ${strerror(e)}`);
    return null;
  }
}

/** How {@link eachInput} treats the operands. */
export interface EachInputOptions {
  /** Reports an unreadable operand; default `prog: name: strerror`. */
  warn?: (name: string, why: string) => void;
  /** Takes an operand itself (e.g. streams stdin) and returns true, or false to have it read. */
  claim?: (name: string) => Promise<boolean>;
  /** Told about each operand that could not be read, after it was reported. */
  failed?: (name: string) => void;
}

/**
 * The per-operand loop of the text utilities: reads each file (stdin for `-` or no operands)
 * whole and hands it to `each`; one that cannot be read is reported and skipped, and the status
 * is 1 if any was (GNU's rule), else 0.
 */
export async function eachInput(
  operands: readonly string[],
  each: (data: Buf, name: string) => void | Promise<void>,
  opts: EachInputOptions = {},
): Promise<number> {
  let status = 0;
  for (const f of operands.length ? operands : ['-']) {
    if (opts.claim && (await opts.claim(f))) continue;
    const report = opts.warn;
    const data = await readOrWarn(f, report ? (m) => report(f, m.slice(f.length + 2)) : warn);
    if (data === null) {
      status = 1;
      opts.failed?.(f);
      continue;
    }
    await each(data, f);
  }
  return status;
}

/** Splits text into lines without their terminators; `last` says whether the final line had one. */
export function splitLines(text: string, sep = '\n'): { lines: string[]; terminated: boolean } {
  if (text === '') return { lines: [], terminated: true };
  const lines = text.split(sep);
  const terminated = text.endsWith(sep);
  if (terminated) lines.pop();
  return { lines, terminated };
}

/** Lstat that reports nothing and answers null for a missing path. */
export function lstatOrNull(path: string): ReturnType<typeof fs.lstatSync> | null {
  try {
    return fs.lstatSync(path);
  } catch {
    return null;
  }
}

/** Stat that dies with `cannot stat 'x'`. */
export function statOrDie(path: string, verb = 'cannot stat'): ReturnType<typeof fs.statSync> {
  try {
    return fs.statSync(path);
  } catch (e) {
    return die(`${verb} ${q(path)}: ${strerror(e)}`);
  }
}

// Guest zone (userland /bin/sh): the shell's fd table. A shell fd is a kernel fd, a capture buffer
// (command substitution, a builtin feeding a pipe) or an input source (here-doc, pipe, file) that
// builtins like `read` consume line by line without blocking the event loop.

import { ByteDecoder, encodeText, readText } from './bytes.js';
import { fs, type PipeEnd, proc } from './node-api.js';

/** Where input comes from for builtins; `fd` is what a child process would be given. */
export class InSource {
  buf = '';
  ended = false;
  private waiters: Array<() => void> = [];
  private started = false;
  private consumed = false;
  /** A pipeline stage's stdout: the next stage may take the pipe end itself (see childStdio). */
  private fromChild = false;
  /** Given to a child as its stdin: the pipe's data is that child's, not the shell's to read. */
  private given = false;

  constructor(
    readonly fd: number | null,
    private readonly stream: PipeEnd | null,
    data?: string,
  ) {
    if (data !== undefined) {
      this.buf = data;
      this.ended = true;
    }
  }

  /**
   * The output of a pipeline stage, made when the stage is spawned. Node discards a child's unread
   * output on the tick after its 'exit', so when the stage ends before its reader has started (the
   * next stage is not spawned yet, or a builtin reads later), the shell reads the rest in then,
   * from its end of the pipe, and the next stage gets it from the shell.
   */
  static fromStage(child: { on(ev: string, fn: () => void): void }, stream: PipeEnd): InSource {
    const src = new InSource(stream._fd ?? null, stream);
    src.fromChild = true;
    child.on('exit', () => {
      if (!src.given) src.start();
    });
    return src;
  }

  /** What a child is given as this fd: the pipe end itself for a stage's output, else the kernel fd. */
  childStdio(): number | PipeEnd {
    this.given = true;
    if (this.fromChild && this.stream) return this.stream;
    return this.fd as number;
  }

  /** Closes the shell's end of a stage's pipe (its reader has it now, or has finished). */
  release(): void {
    this.stream?.destroy();
  }

  private start(): void {
    if (this.started || this.ended || !this.stream) return;
    this.started = true;
    const s = this.stream;
    const dec = new ByteDecoder();
    s.on('data', (d) => {
      this.buf += dec.push(d as Uint8Array);
      this.wake();
    });
    s.on('end', () => {
      this.buf += dec.end();
      this.ended = true;
      this.wake();
    });
    s.on('error', () => {
      this.ended = true;
      this.wake();
    });
    // A pipe end once given to a child was paused by spawn; the shell reads what that child left.
    if (this.given) s.resume();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private more(): Promise<void> {
    this.start();
    return new Promise((r) => this.waiters.push(r));
  }

  /** The next line without its newline; null at EOF with nothing left. `eol` says a newline ended it. */
  async readLine(): Promise<{ line: string; eol: boolean } | null> {
    this.consumed = true;
    for (;;) {
      const i = this.buf.indexOf('\n');
      if (i >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 1);
        return { line, eol: true };
      }
      if (this.ended || !this.stream) {
        if (this.buf === '') return null;
        const line = this.buf;
        this.buf = '';
        return { line, eol: false };
      }
      await this.more();
    }
  }

  async readAll(): Promise<string> {
    this.consumed = true;
    while (!this.ended && this.stream) await this.more();
    const b = this.buf;
    this.buf = '';
    return b;
  }

  /** True when a child can be given the kernel fd directly (nothing buffered here). */
  get passable(): boolean {
    return this.fd !== null && !this.consumed && !this.started;
  }
}

/** A pipeline stage's stdout when the next stage reads it: a child's pipe, or builtin output. */
export interface StageOut {
  chunks: string[];
  src: InSource | null;
}

export type Target =
  | { k: 'fd'; fd: number }
  | { k: 'cap'; out: string[] }
  | { k: 'pipe'; st: StageOut }
  | { k: 'in'; src: InSource };

let stdinSource: InSource | null = null;
/** The shell's own stdin as a line source (shared, so `read` calls in a loop continue each other). */
export function shellStdin(): InSource {
  if (!stdinSource) stdinSource = new InSource(0, proc.stdin);
  return stdinSource;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
declare function setTimeout(fn: () => void, ms: number): unknown;

/** Writes all of `data` to kernel fd `fd`, waiting (polling) while a pipe is full. */
export async function writeFd(fd: number, data: string): Promise<void> {
  let bytes: Uint8Array = encodeText(data);
  for (let tries = 0; ; tries++) {
    try {
      const n = fs.writeSync(fd, bytes);
      if (n >= bytes.byteLength) return;
      bytes = bytes.subarray(n);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'EPIPE') {
        // The reader is gone: die of SIGPIPE as a C shell would (status 141 to our parent).
        proc.kill(proc.pid, 'SIGPIPE');
        proc.exit(141);
      }
      if (code !== 'EAGAIN') throw err;
      // The runtime exposes no wait-for-writable to programs: back off briefly and retry.
      await sleep(Math.min(50, 1 + tries));
    }
  }
}

/** A per-command view of the shell's fds (a copy-on-write map). */
export class FdTable {
  constructor(readonly map: Map<number, Target>) {}

  static initial(): FdTable {
    return new FdTable(
      new Map<number, Target>([
        [0, { k: 'fd', fd: 0 }],
        [1, { k: 'fd', fd: 1 }],
        [2, { k: 'fd', fd: 2 }],
      ]),
    );
  }

  clone(): FdTable {
    return new FdTable(new Map(this.map));
  }

  /** Writes text to shell fd `n` (builtin output). Writing to a closed fd fails like EBADF. */
  async write(n: number, text: string): Promise<void> {
    const t = this.map.get(n);
    if (!t) throw Object.assign(new Error('Bad file descriptor'), { code: 'EBADF' });
    if (t.k === 'cap') t.out.push(text);
    else if (t.k === 'pipe') t.st.chunks.push(text);
    else if (t.k === 'fd') await writeFd(t.fd, text);
  }

  /** The input source behind shell fd `n` (for read). */
  input(n: number): InSource | null {
    const t = this.map.get(n);
    if (!t) return null;
    if (t.k === 'in') return t.src;
    if (t.k === 'fd') {
      if (t.fd === 0) return shellStdin();
      // A file opened for reading by a redirection: read it in whole once.
      const src = new InSource(t.fd, null, readText(t.fd));
      this.map.set(n, { k: 'in', src });
      return src;
    }
    return null;
  }
}

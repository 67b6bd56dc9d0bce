// Guest zone: process.stdin, process.stdout and process.stderr over fds 0..2. Writes are synchronous
// (as Node's are for files and pipes on Linux); stdin is a kernel read stream delivered as data events.

import type { Buffer as BufferType } from 'buffer';
import type { Readable, Writable } from 'readable-stream';
import { offData, onData, start, sys, sysTry } from './door.js';
import { writeToFd } from './fd-stream.js';
import { nextTick } from './loop.js';
import { boot } from './state.js';
import { streams } from './streams.js';
// Node's EventEmitter semantics (errorMonitor, ERR_UNHANDLED_ERROR, rejection capture) must hold for
// process and stdio from the start, not only once a program requires 'events'.
import '../node/events/emitter.js';

declare const require: (id: string) => unknown;

type Proc = { [k: string]: unknown };

export interface Stdio {
  install(): void;
  /** Writes straight to an fd, bypassing streams (fatal-error printing must not depend on them). */
  writeRaw(fd: number, text: string): void;
  /**
   * Where console writes for fd 1 or 2: the stream once the program has touched process.stdout or
   * stderr (it may have patched write), else straight to the fd, so console.log needs no stream.
   */
  consoleTarget(fd: 1 | 2): { write(text: string): unknown };
}

/** The terminal streams made so far, whose size a SIGWINCH refreshes. */
const ttyStreams: Array<{ columns: number; rows: number; emit?(e: string): unknown }> = [];

/**
 * After SIGWINCH: asks the kernel for the terminal's size and updates every terminal stream,
 * emitting 'resize' on those whose size changed, as Node's tty.WriteStream does.
 */
export function refreshWindowSize(): void {
  if (ttyStreams.length === 0) return;
  const size = sys<{ columns: number; rows: number }>('tty.getWindowSize', {});
  for (const s of ttyStreams) {
    if (s.columns === size.columns && s.rows === size.rows) continue;
    s.columns = size.columns;
    s.rows = size.rows;
    s.emit?.('resize');
  }
}

function ttyProps(stream: object, isTTY: boolean, fd: number): void {
  const b = boot();
  Object.assign(stream, { fd, isTTY: isTTY || undefined, _type: isTTY ? 'tty' : 'pipe' });
  if (!isTTY) return;
  const tty = stream as { columns: number; rows: number };
  Object.assign(stream, {
    columns: b.tty.columns,
    rows: b.tty.rows,
    getWindowSize: () => [tty.columns, tty.rows],
    hasColors: (count = 16) => count <= 256,
    getColorDepth: () => 8,
    setRawMode(mode: boolean) {
      sys('tty.setRawMode', { fd, mode: Boolean(mode) });
      (stream as { isRaw?: boolean }).isRaw = Boolean(mode);
      return stream;
    },
    isRaw: false,
    cursorTo: () => true,
    moveCursor: () => true,
    clearLine: () => true,
    clearScreenDown: () => true,
  });
  ttyStreams.push(tty);
}

function createWriteStream(fd: number, isTTY: boolean): Writable {
  const stream = new (streams().Writable)({
    decodeStrings: false,
    write(chunk: unknown, enc: string, cb: (err?: Error | null) => void) {
      // A string written with an encoding other than UTF-8 goes out as the bytes it names.
      const data =
        typeof chunk === 'string' && enc !== 'utf8' && enc !== 'utf-8' && enc !== 'buffer'
          ? (require('buffer') as { Buffer: typeof BufferType }).Buffer.from(chunk, enc as 'latin1')
          : chunk;
      writeToFd(fd, data as Uint8Array | string, cb);
    },
  });
  // Like Node, stdout and stderr are never closed by user code ending them.
  (stream as unknown as { destroySoon: () => void }).destroySoon = () => stream.destroy();
  (stream as unknown as { _isStdio: boolean })._isStdio = true;
  ttyProps(stream, isTTY, fd);
  return stream;
}

function createStdin(isTTY: boolean): Readable {
  let id = -1;
  let paused = false;
  /** The program called pause(): read-ahead must not restart the kernel stream (the process may exit). */
  let userPaused = false;
  // The kernel forgets a stream once it has sent its end, which may still be queued for us: a pause or
  // resume racing that end answers EBADF, which only means there is nothing left to pause.
  const pauseHandle = () => {
    paused = true;
    sysTry('stream.pause', { id });
  };
  const stream: Readable = new (streams().Readable)({
    highWaterMark: 64 * 1024,
    read() {
      if (id === -1) {
        id = start(
          'fs.readStream',
          { fd: 0 },
          () => {},
          (fn) => nextTick(fn, []),
        );
        if (id === -1) {
          // The kernel cannot stream this fd (a directory, a socket): end rather than hang forever.
          id = -2;
          stream.push(null);
          return;
        }
        onData(id, (chunk) => {
          if (chunk === null) {
            id = -2;
            stream.push(null);
            return;
          }
          if (!stream.push(chunk) && !paused) pauseHandle();
        });
      } else if (paused && id >= 0 && !userPaused) {
        paused = false;
        sysTry('stream.resume', { id });
      }
    },
    destroy(err: Error | null, cb: (err: Error | null) => void) {
      if (id >= 0) {
        sys('stream.close', { id });
        offData(id);
      }
      id = -2;
      cb(err);
    },
  });
  // pause() must let the process exit, as it does in Node (the read handle is stopped and unref'd).
  const origPause = stream.pause.bind(stream);
  const origResume = stream.resume.bind(stream);
  stream.pause = () => {
    userPaused = true;
    if (id >= 0 && !paused) pauseHandle();
    return origPause();
  };
  stream.resume = () => {
    userPaused = false;
    if (id >= 0 && paused) {
      paused = false;
      sysTry('stream.resume', { id });
    }
    return origResume();
  };
  ttyProps(stream, isTTY, 0);
  return stream;
}

export function createStdio(proc: Proc): Stdio {
  // Made before the process boots (createProcess): the boot facts are read when a stream is made.
  const b = boot;
  let stdout: Writable | undefined;
  let stderr: Writable | undefined;
  let stdin: Readable | undefined;
  return {
    install() {
      Object.defineProperty(proc, 'stdout', {
        get: () => {
          stdout ??= createWriteStream(1, b().tty.stdout);
          return stdout;
        },
        configurable: true,
        enumerable: true,
      });
      Object.defineProperty(proc, 'stderr', {
        get: () => {
          stderr ??= createWriteStream(2, b().tty.stderr);
          return stderr;
        },
        configurable: true,
        enumerable: true,
      });
      Object.defineProperty(proc, 'stdin', {
        get: () => {
          stdin ??= createStdin(b().tty.stdin);
          return stdin;
        },
        configurable: true,
        enumerable: true,
      });
    },
    consoleTarget(fd) {
      const materialized = fd === 1 ? stdout : stderr;
      if (materialized) return materialized;
      return {
        write: (text: string) => {
          const r = sysTry('fs.write', { fd, data: text, position: null });
          // A full pipe: hand the text to the stream, which waits for room (and keeps the order).
          if (r[0]?.code === 'EAGAIN')
            (proc[fd === 1 ? 'stdout' : 'stderr'] as { write(t: string): unknown }).write(text);
          return true;
        },
      };
    },
    writeRaw(fd, text) {
      try {
        sys('fs.write', { fd, data: text, position: null });
      } catch {
        // Nowhere left to report a failed write of an error report.
      }
    },
  };
}

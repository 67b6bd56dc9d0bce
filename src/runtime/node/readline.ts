// Guest zone: node:readline and readline/promises: Interface over any readable (lines split the way
// Node splits them, question, prompt, async iteration), the ANSI cursor helpers and keypress events.

import EventEmitter from 'events';
import { StringDecoder } from 'string_decoder';
import { invalidArgType, nodeError, validateFunction } from '../internal/errors.js';
import { nextTick } from '../internal/loop.js';
import { clearLine, clearScreenDown, cursorTo, moveCursor } from './readline/cursor.js';
import { emitKeypressEvents, type Key } from './readline/keys.js';

declare const require: (id: string) => unknown;

type Input = EventEmitter & {
  pause?(): unknown;
  resume?(): unknown;
  isTTY?: boolean;
  setRawMode?(m: boolean): unknown;
};
type Output = { write(s: string): unknown; isTTY?: boolean; columns?: number } | null | undefined;
type Signal = {
  aborted: boolean;
  reason?: unknown;
  addEventListener(t: string, f: () => void, o?: object): void;
  removeEventListener(t: string, f: () => void): void;
};

interface InterfaceOptions {
  input?: Input;
  output?: Output;
  prompt?: string;
  terminal?: boolean;
  crlfDelay?: number;
  historySize?: number;
  completer?: unknown;
  signal?: Signal;
  tabSize?: number;
}

const lineEnding = /\r?\n|\r(?!\n)/g;

function abortError(signal?: Signal): Error {
  const err = new Error('The operation was aborted') as Error & { code: string; cause?: unknown };
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  if (signal?.reason !== undefined) err.cause = signal.reason;
  return err;
}

/** readline.Interface. */
export class Interface extends EventEmitter {
  terminal: boolean;
  line = '';
  cursor: number | undefined;
  input: Input;
  output: Output;
  crlfDelay: number;
  closed = false;
  paused = false;
  history: string[] = [];
  #prompt: string;
  #buffer: string | null = null;
  #sawReturnAt = 0;
  #decoder = new StringDecoder('utf8');
  #question: ((answer: string) => void) | null = null;
  #oldPrompt = '';
  #lineStream: { [Symbol.asyncIterator](): AsyncIterator<string> } | undefined;
  #detach: () => void;
  /** Terminal mode: which history entry ↑/↓ show (-1: the line being typed), and that line. */
  #historyIndex = -1;
  #typed = '';
  #historySize: number;

  constructor(input: unknown, output?: unknown, completer?: unknown, terminal?: unknown) {
    super();
    const o: InterfaceOptions =
      input && typeof input === 'object' && 'input' in input
        ? (input as InterfaceOptions)
        : ({ input, output, completer, terminal } as InterfaceOptions);
    if (o.completer !== undefined && typeof o.completer !== 'function')
      throw nodeError(
        'ERR_INVALID_ARG_VALUE',
        `The argument 'completer' is invalid. Received ${String(o.completer)}`,
        TypeError,
      );
    if (!o.input || typeof (o.input as { on?: unknown }).on !== 'function')
      throw invalidArgType('input', 'of type object', o.input);
    this.input = o.input;
    this.output = o.output;
    this.terminal = o.terminal ?? Boolean(o.output?.isTTY);
    if (this.terminal) this.cursor = 0;
    this.crlfDelay = o.crlfDelay ? Math.max(100, o.crlfDelay) : 100;
    this.#prompt = o.prompt ?? '> ';
    this.#historySize = typeof o.historySize === 'number' && o.historySize >= 0 ? o.historySize : 30;
    const ondata = (data: unknown) => this.#onData(data);
    const onend = () => {
      if (typeof this.#buffer === 'string' && this.#buffer.length > 0) this.emit('line', this.#buffer);
      this.close();
    };
    const onkeypress = (s: string | undefined, key: Key) => this.#onKeypress(s, key);
    if (this.terminal) {
      emitKeypressEvents(this.input);
      this.input.on('keypress', onkeypress);
      this.input.on('end', onend);
      this.input.setRawMode?.(true);
    } else {
      this.input.on('data', ondata);
      this.input.on('end', onend);
    }
    this.#detach = () => {
      this.input.off('data', ondata);
      this.input.off('end', onend);
      this.input.off('keypress', onkeypress);
    };
    const signal = o.signal;
    if (signal) {
      if (signal.aborted) nextTick(() => this.close(), []);
      else {
        const onAbort = () => this.close();
        signal.addEventListener('abort', onAbort, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAbort));
      }
    }
    this.input.resume?.();
  }

  getPrompt(): string {
    return this.#prompt;
  }

  setPrompt(prompt: string): void {
    this.#prompt = prompt;
  }

  prompt(preserveCursor?: boolean): void {
    // Node checks nothing here: a prompt after close still resumes input and writes.
    if (this.paused) this.resume();
    void preserveCursor;
    this.#write(this.#prompt);
  }

  question(query: string, options?: unknown, cb?: unknown): void {
    const callback = typeof options === 'function' ? options : cb;
    const opts = (typeof options === 'object' && options) || {};
    validateFunction(callback, 'callback');
    if (this.closed) throw nodeError('ERR_USE_AFTER_CLOSE', 'readline was closed');
    const signal = (opts as { signal?: Signal }).signal;
    if (signal?.aborted) return;
    if (this.#question) {
      this.prompt();
      return;
    }
    this.#oldPrompt = this.#prompt;
    this.setPrompt(query);
    this.#question = callback as (answer: string) => void;
    if (signal)
      signal.addEventListener(
        'abort',
        () => {
          this.#question = null;
          this.setPrompt(this.#oldPrompt);
        },
        { once: true },
      );
    this.prompt();
  }

  write(data: unknown, key?: Key): void {
    // Node 20 checks nothing here either: a write after close is taken as input and goes nowhere.
    if (this.paused) this.resume();
    if (this.terminal) this.#onKeypress(data as string | undefined, key ?? ({} as Key));
    else this.#onData(data);
  }

  pause(): this {
    if (this.paused) return this;
    this.input.pause?.();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume(): this {
    if (!this.paused) return this;
    this.input.resume?.();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  close(): void {
    if (this.closed) return;
    this.pause();
    if (this.terminal) this.input.setRawMode?.(false);
    this.closed = true;
    this.#detach();
    this.emit('close');
  }

  getCursorPos(): { rows: number; cols: number } {
    const cols = this.#prompt.length + (this.cursor ?? 0);
    const width = this.output?.columns ?? Number.POSITIVE_INFINITY;
    return { rows: Math.floor(cols / width), cols: cols % width };
  }

  [Symbol.asyncIterator](): AsyncIterator<string> {
    if (this.#lineStream === undefined) {
      const { Readable } = (
        require('./stream.js') as { default: { Readable: new (o: object) => ReadableLike } }
      ).default;
      const readable: ReadableLike = new Readable({
        objectMode: true,
        read: () => this.resume(),
        destroy: (err: Error | null, cb: (e: Error | null) => void) => {
          this.off('line', lineListener);
          this.off('close', closeListener);
          this.close();
          cb(err);
        },
      });
      const lineListener = (line: string) => {
        if (!readable.push(line)) this.pause();
      };
      const closeListener = () => readable.push(null);
      this.on('error', (err: Error) => readable.destroy(err));
      this.on('line', lineListener);
      this.on('close', closeListener);
      this.#lineStream = readable;
    }
    return this.#lineStream[Symbol.asyncIterator]();
  }

  #write(s: string): void {
    this.output?.write(s);
  }

  #onLine(line: string): void {
    if (this.#question) {
      const cb = this.#question;
      this.#question = null;
      this.setPrompt(this.#oldPrompt);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  #onData(data: unknown): void {
    if (data === undefined) return;
    let s = typeof data === 'string' ? data : this.#decoder.write(data as Uint8Array);
    if (this.#sawReturnAt && Date.now() - this.#sawReturnAt <= this.crlfDelay) {
      if (s.codePointAt(0) === 10) s = s.slice(1);
      this.#sawReturnAt = 0;
    }
    lineEnding.lastIndex = 0;
    let m = lineEnding.exec(s);
    if (m === null) {
      if (s) this.#buffer = (this.#buffer ?? '') + s;
      return;
    }
    if (this.#buffer) {
      s = this.#buffer + s;
      this.#buffer = null;
      lineEnding.lastIndex = 0;
      m = lineEnding.exec(s) as RegExpExecArray;
    }
    this.#sawReturnAt = s.endsWith('\r') ? Date.now() : 0;
    const cuts = [0, m.index, lineEnding.lastIndex];
    for (let next = lineEnding.exec(s); next !== null; next = lineEnding.exec(s))
      cuts.push(next.index, lineEnding.lastIndex);
    const last = cuts.length - 1;
    this.#buffer = s.slice(cuts[last]);
    for (let i = 1; i < last; i += 2) {
      this.#onLine(s.slice(cuts[i - 1], cuts[i]));
    }
  }

  /** Redraws the prompt and the line, with the cursor where it is in the line. */
  #refresh(): void {
    const cursor = this.cursor ?? this.line.length;
    const back = this.line.length - cursor;
    this.#write(`\r\x1b[K${this.#prompt}${this.line}${back > 0 ? `\x1b[${back}D` : ''}`);
  }

  /** Terminal mode: a small line editor (insert, backspace, arrows, enter, ^C, ^D). */
  #onKeypress(s: string | undefined, key: Key): void {
    this.cursor ??= 0;
    if (key.ctrl && key.name === 'c') {
      if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
      else this.close();
      return;
    }
    if (key.ctrl && key.name === 'd') {
      if (this.line.length === 0) this.close();
      return;
    }
    if (key.name === 'return' || key.name === 'enter') {
      const line = this.line;
      this.line = '';
      this.cursor = 0;
      this.#historyIndex = -1;
      this.#write('\r\n');
      if (line && this.#historySize > 0 && this.history[0] !== line) {
        this.history.unshift(line);
        if (this.history.length > this.#historySize) this.history.pop();
      }
      this.#onLine(line);
      return;
    }
    if (key.name === 'up' || key.name === 'down') {
      const next = this.#historyIndex + (key.name === 'up' ? 1 : -1);
      if (next < -1 || next >= this.history.length) return;
      if (this.#historyIndex === -1) this.#typed = this.line;
      this.#historyIndex = next;
      this.line = next === -1 ? this.#typed : (this.history[next] as string);
      this.cursor = this.line.length;
      this.#refresh();
      return;
    }
    if (key.name === 'home' || (key.ctrl && key.name === 'a')) {
      this.cursor = 0;
      this.#refresh();
      return;
    }
    if (key.name === 'end' || (key.ctrl && key.name === 'e')) {
      this.cursor = this.line.length;
      this.#refresh();
      return;
    }
    if (key.ctrl && key.name === 'u') {
      this.line = this.line.slice(this.cursor);
      this.cursor = 0;
      this.#refresh();
      return;
    }
    if (key.name === 'backspace') {
      if (this.cursor === 0) return;
      this.line = this.line.slice(0, this.cursor - 1) + this.line.slice(this.cursor);
      this.cursor--;
      this.#write(`\b${this.line.slice(this.cursor)} \x1b[${this.line.length - this.cursor + 1}D`);
      return;
    }
    if (key.name === 'left' && this.cursor > 0) {
      this.cursor--;
      this.#write('\x1b[1D');
      return;
    }
    if (key.name === 'right' && this.cursor < this.line.length) {
      this.cursor++;
      this.#write('\x1b[1C');
      return;
    }
    if (typeof s === 'string' && s && !key.ctrl && !key.meta && s >= ' ') {
      this.line = this.line.slice(0, this.cursor) + s + this.line.slice(this.cursor);
      this.cursor += s.length;
      this.#write(
        s +
          this.line.slice(this.cursor) +
          (this.line.length > this.cursor ? `\x1b[${this.line.length - this.cursor}D` : ''),
      );
    }
  }
}

type ReadableLike = {
  push(v: unknown): boolean;
  destroy(e?: Error): void;
  [Symbol.asyncIterator](): AsyncIterator<string>;
};

export function createInterface(
  input: unknown,
  output?: unknown,
  completer?: unknown,
  terminal?: unknown,
): Interface {
  return new Interface(input, output, completer, terminal);
}

/** readline/promises: the same Interface with question() returning a promise. */
class PromisesInterface extends Interface {
  // @ts-expect-error: the promise API changes question's signature, as Node's does.
  question(query: string, options: { signal?: Signal } = {}): Promise<string> {
    return new Promise((resolve, reject) => {
      const signal = options?.signal;
      if (signal?.aborted) return reject(abortError(signal));
      if (signal) signal.addEventListener('abort', () => reject(abortError(signal)), { once: true });
      try {
        super.question(query, options, resolve);
      } catch (err) {
        reject(err);
      }
    });
  }
}

const promises = {
  Interface: PromisesInterface,
  createInterface: (input: unknown, output?: unknown, completer?: unknown, terminal?: unknown) =>
    new PromisesInterface(input, output, completer, terminal),
  Readline: class Readline {
    constructor() {
      throw nodeError('ERR_NOT_IMPLEMENTED', 'readline/promises Readline is not implemented in tsvirt');
    }
  },
};

export default {
  Interface,
  createInterface,
  clearLine,
  clearScreenDown,
  cursorTo,
  moveCursor,
  emitKeypressEvents,
  promises,
};

// Guest zone (userland /bin/sh): a small line editor for the interactive shell on a terminal: raw
// mode while a line is typed (echo, backspace, ←/→, Home/End, ↑/↓ history, Ctrl-A/E/U/C/D), cooked
// mode while commands run so Ctrl-C reaches them as SIGINT.

import type { PipeEnd } from './node-api.js';

type RawStdin = PipeEnd & { setRawMode?: (on: boolean) => void; isTTY?: boolean };

/** Reads edited lines from a terminal; `null` from readLine means end of input (Ctrl-D on empty). */
export class LineEditor {
  private readonly history: string[] = [];
  private queue = '';
  private waiter: (() => void) | null = null;
  private ended = false;

  constructor(
    private readonly stdin: RawStdin,
    private readonly write: (s: string) => void,
  ) {
    stdin.setEncoding?.('utf8');
    stdin.on('data', (d) => {
      this.queue += String(d);
      this.wake();
    });
    stdin.on('end', () => {
      this.ended = true;
      this.wake();
    });
  }

  /** True when the terminal can be put in raw mode (otherwise the caller reads cooked lines). */
  static usable(stdin: RawStdin): boolean {
    return stdin.isTTY === true && typeof stdin.setRawMode === 'function';
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    w?.();
  }

  private async key(): Promise<string | null> {
    while (this.queue === '') {
      if (this.ended) return null;
      await new Promise<void>((r) => {
        this.waiter = r;
      });
    }
    // One key: an escape sequence (ESC [ x / ESC O x, or ESC [ n ~) or one character.
    const m = /^\x1b(?:\[[0-9;]*[A-Za-z~]|O[A-Za-z])/.exec(this.queue);
    const k = m ? m[0] : (this.queue[0] as string);
    this.queue = this.queue.slice(k.length);
    return k;
  }

  /** Prompts and returns the typed line (without newline); null at end of input. */
  async readLine(prompt: string): Promise<string | null> {
    this.stdin.setRawMode?.(true);
    this.write(prompt);
    let line = '';
    let cur = 0;
    let hist = this.history.length;
    const redraw = () => {
      this.write(`\r\x1b[K${prompt}${line}`);
      if (cur < line.length) this.write(`\x1b[${line.length - cur}D`);
    };
    try {
      for (;;) {
        const k = await this.key();
        if (k === null) return line === '' ? null : line;
        if (k === '\r' || k === '\n') {
          this.write('\r\n');
          if (line.trim() !== '') this.history.push(line);
          return line;
        }
        if (k === '\x04') {
          if (line === '') {
            this.write('\r\n');
            return null;
          }
          continue;
        }
        if (k === '\x03') {
          // Ctrl-C while typing: drop the line, fresh prompt.
          this.write('^C\r\n');
          line = '';
          cur = 0;
          this.write(prompt);
          continue;
        }
        if (k === '\x7f' || k === '\b') {
          if (cur > 0) {
            line = line.slice(0, cur - 1) + line.slice(cur);
            cur--;
          }
        } else if (k === '\x1b[D') cur = Math.max(0, cur - 1);
        else if (k === '\x1b[C') cur = Math.min(line.length, cur + 1);
        else if (k === '\x01' || k === '\x1b[H' || k === '\x1bOH') cur = 0;
        else if (k === '\x05' || k === '\x1b[F' || k === '\x1bOF') cur = line.length;
        else if (k === '\x15') {
          line = line.slice(cur);
          cur = 0;
        } else if (k === '\x1b[A' || k === '\x1b[B') {
          hist = k === '\x1b[A' ? Math.max(0, hist - 1) : Math.min(this.history.length, hist + 1);
          line = this.history[hist] ?? '';
          cur = line.length;
        } else if (k.length === 1 && k >= ' ') {
          line = line.slice(0, cur) + k + line.slice(cur);
          cur++;
        } else continue;
        redraw();
      }
    } finally {
      this.stdin.setRawMode?.(false);
    }
  }
}

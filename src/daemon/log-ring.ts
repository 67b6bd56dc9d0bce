// Host zone (daemon): a container's log, kept the way Docker's json-file driver keeps it: one JSON line
// per line of output ({"log","stream","time"}) in <dir>/<id>-json.log, rotated to .1 when it passes
// its size, so a container that floods its output holds at most two files' worth on disk.

import { closeSync, existsSync, fstatSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { StreamNo } from './protocol.js';

/** One line of a container's output. */
export interface LogEntry {
  log: string;
  stream: 'stdout' | 'stderr';
  time: string;
}

/** Default size of each of the two files. */
export const DEFAULT_LOG_MAX_BYTES = 8 * 1024 * 1024;

export class LogRing {
  private fd: number | undefined;
  private size = 0;
  private readonly decoders = { 1: new StringDecoder('utf8'), 2: new StringDecoder('utf8') };
  private readonly file: string;
  /** The current file (Docker's LogPath). */
  get path(): string {
    return this.file;
  }

  constructor(
    dir: string,
    id: string,
    private readonly maxBytes = DEFAULT_LOG_MAX_BYTES,
  ) {
    this.file = join(dir, `${id}-json.log`);
  }

  /** Appends a chunk of output; returns the entries it made (one per line, a partial line as its own). */
  append(stream: StreamNo, data: Uint8Array): LogEntry[] {
    const text = this.decoders[stream].write(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
    if (text === '') return [];
    const time = new Date().toISOString();
    const name = stream === 1 ? 'stdout' : 'stderr';
    const entries = (text.match(/[^\n]*\n|[^\n]+$/g) ?? []).map(
      (log) => ({ log, stream: name, time }) as const,
    );
    const lines = entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    this.write(lines);
    return entries;
  }

  private write(lines: string): void {
    const bytes = Buffer.byteLength(lines);
    if (this.fd === undefined) {
      this.fd = openSync(this.file, 'a', 0o600);
      this.size = fstatSync(this.fd).size;
    }
    if (this.size > 0 && this.size + bytes > this.maxBytes) {
      closeSync(this.fd);
      renameSync(this.file, `${this.file}.1`);
      this.fd = openSync(this.file, 'a', 0o600);
      this.size = 0;
    }
    writeSync(this.fd, lines);
    this.size += bytes;
  }

  /** The entries kept, oldest first; with `tail`, only the last `tail`. */
  read(tail?: number): LogEntry[] {
    const out: LogEntry[] = [];
    for (const f of [`${this.file}.1`, this.file]) {
      if (!existsSync(f)) continue;
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (line === '') continue;
        try {
          out.push(JSON.parse(line) as LogEntry);
        } catch {
          // A line torn by a crash mid-write: skip it, as Docker's reader does.
        }
      }
    }
    return tail === undefined ? out : out.slice(Math.max(0, out.length - tail));
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

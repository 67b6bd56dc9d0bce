// Guest zone: readline's ANSI cursor helpers (cursorTo, moveCursor, clearLine, clearScreenDown).

import { invalidArgValue } from '../../internal/errors.js';
import { nextTick } from '../../internal/loop.js';

type Stream = { write(s: string, cb?: () => void): boolean } | null | undefined;
type Cb = (() => void) | undefined;

function emit(stream: Stream, data: string, cb: Cb): boolean {
  if (stream === null || stream === undefined) {
    if (typeof cb === 'function') nextTick(cb, []);
    return true;
  }
  return stream.write(data, cb);
}

export function cursorTo(stream: Stream, x: unknown, y?: unknown, cb?: Cb): boolean {
  let callback = cb;
  let row = y;
  if (typeof y === 'function') {
    callback = y as Cb;
    row = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(row)) throw invalidArgValue('y', row);
  if (stream === null || stream === undefined || (typeof x !== 'number' && typeof row !== 'number'))
    return emit(null, '', callback);
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const data = typeof row !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${row + 1};${x + 1}H`;
  return emit(stream, data, callback);
}

export function moveCursor(stream: Stream, dx: number, dy: number, cb?: Cb): boolean {
  if (stream === null || stream === undefined || !(dx || dy)) return emit(null, '', cb);
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return emit(stream, data, cb);
}

export function clearLine(stream: Stream, dir: number, cb?: Cb): boolean {
  const data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return emit(stream, data, cb);
}

export function clearScreenDown(stream: Stream, cb?: Cb): boolean {
  return emit(stream, '\x1b[0J', cb);
}

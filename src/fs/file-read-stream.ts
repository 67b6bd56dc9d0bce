// Host zone: a read stream over an ordinary open file (a regular file or a seekable device given as a
// process's stdin, `cmd < file`): chunks read from the shared offset, one per macrotask, so the
// kernel keeps serving other processes and the guest's pause/resume hold the reads back.

import type { ChunkSink, OpenFile, ReadStreamHandle } from './types.js';

const CHUNK = 64 * 1024;

/** Streams `file` from its current offset to its end into `sink` (then `null`). */
export function fileReadStream(file: OpenFile, sink: ChunkSink): ReadStreamHandle {
  let paused = false;
  let closed = false;
  let scheduled = false;
  const step = () => {
    scheduled = false;
    if (paused || closed) return;
    let chunk: Uint8Array;
    try {
      chunk = file.read(CHUNK, null);
    } catch {
      // An error mid-stream (the file went away under an overlay copy-up) ends the stream.
      chunk = new Uint8Array(0);
    }
    if (chunk.byteLength === 0) {
      closed = true;
      sink(null);
      return;
    }
    sink(chunk);
    schedule();
  };
  const schedule = () => {
    if (scheduled || paused || closed) return;
    scheduled = true;
    setImmediate(step);
  };
  schedule();
  return {
    pause() {
      paused = true;
    },
    resume() {
      paused = false;
      schedule();
    },
    close() {
      closed = true;
    },
  };
}

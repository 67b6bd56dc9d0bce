// Host zone: an OpenFile that discards writes and reads as empty: what `stdio: 'ignore'` connects.

import { S_IFCHR } from '../abi/fs-constants.js';
import type { ChunkSink, OpenFile, ReadStreamHandle, WireStat } from './types.js';

export class NullFile implements OpenFile {
  readonly kind = 'device' as const;
  readonly path = '/dev/null';
  readonly readable = true;
  readonly writable = true;
  read(): Uint8Array {
    return new Uint8Array(0);
  }
  write(data: Uint8Array): number {
    return data.byteLength;
  }
  readStream(sink: ChunkSink): ReadStreamHandle {
    queueMicrotask(() => sink(null));
    return { pause() {}, resume() {}, close() {} };
  }
  stat(): WireStat {
    return {
      dev: 5,
      ino: 6,
      mode: S_IFCHR | 0o666,
      nlink: 1,
      uid: 0,
      gid: 0,
      rdev: 259,
      size: 0,
      blksize: 4096,
      blocks: 0,
      atimeMs: 0,
      mtimeMs: 0,
      ctimeMs: 0,
      birthtimeMs: 0,
    };
  }
  truncate(): void {}
  chmod(): void {}
  chown(): void {}
  utimes(): void {}
  sync(): void {}
  close(): void {}
}

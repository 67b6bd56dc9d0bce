// Guest zone: brings readable-stream's Writable#write to Node 20's chunk rules: any TypedArray or
// DataView is accepted (as a Buffer), and a bad chunk fails with Node's exact ERR_INVALID_ARG_TYPE.

import { Buffer } from 'buffer';
import { Writable } from 'readable-stream';
import { invalidArgType } from './errors.js';

type State = { objectMode?: boolean };
const proto = Writable.prototype as unknown as {
  write(chunk: unknown, ...rest: unknown[]): boolean;
  _writableState?: State;
  __tsvirtChunkRules?: true;
};

/** Installs the rules once; streams made by readable-stream anywhere in the runtime get them. */
export function installWritableChunkRules(): void {
  if (proto.__tsvirtChunkRules) return;
  const write = proto.write;
  Object.defineProperty(proto, '__tsvirtChunkRules', { value: true });
  proto.write = function (this: typeof proto, chunk: unknown, ...rest: unknown[]): boolean {
    if (
      !this._writableState?.objectMode &&
      chunk !== null &&
      chunk !== undefined &&
      typeof chunk !== 'string'
    ) {
      if (ArrayBuffer.isView(chunk)) {
        if (!(chunk instanceof Uint8Array))
          return write.call(
            this,
            Buffer.from(chunk.buffer as ArrayBuffer, chunk.byteOffset, chunk.byteLength),
            ...rest,
          );
      } else {
        throw invalidArgType(
          'chunk',
          'of type string or an instance of Buffer, TypedArray, or DataView',
          chunk,
        );
      }
    }
    return write.call(this, chunk, ...rest);
  };
}

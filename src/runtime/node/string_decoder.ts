// Guest zone: node:string_decoder, the `string_decoder` package with Node 20's edges: any
// ArrayBufferView is accepted, end() resets the decoder, and bad input gets Node's error codes.

import { Buffer } from 'buffer';
import * as sd from 'string_decoder';
import { invalidArgType, nodeError } from '../internal/errors.js';

type PkgDecoder = {
  write(b: Buffer): string;
  end(b?: Buffer): string;
  lastNeed: number;
  lastTotal: number;
};
const Pkg = (sd as unknown as { StringDecoder: new (enc?: string) => PkgDecoder }).StringDecoder;

function asBuffer(buf: unknown): Buffer | string {
  if (typeof buf === 'string' || buf instanceof Buffer) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer as ArrayBuffer, buf.byteOffset, buf.byteLength);
  throw invalidArgType('buf', 'an instance of Buffer, TypedArray, or DataView', buf);
}

/** Node's StringDecoder. */
export class StringDecoder extends Pkg {
  constructor(encoding?: string) {
    try {
      super(encoding);
    } catch {
      throw nodeError('ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`, TypeError);
    }
  }

  override write(buf: unknown): string {
    const b = asBuffer(buf);
    return typeof b === 'string' ? b : super.write(b);
  }

  override end(buf?: unknown): string {
    const b = buf === undefined ? undefined : asBuffer(buf);
    const out = typeof b === 'string' ? b : super.end(b);
    // Node's decoder is reusable after end(): nothing carries over.
    this.lastNeed = 0;
    this.lastTotal = 0;
    return out;
  }
}

export default { StringDecoder };

// Guest zone: the Web platform globals Node has (URL, TextEncoder/Decoder, atob/btoa, AbortController,
// EventTarget, structuredClone, Blob, web streams, crypto), bundled from well-kept packages where one exists.

import type { Buffer as BufferType } from 'buffer';
import type { DOMException as DOMExceptionType } from './dom-exception.js';
import { nodeError } from './errors.js';

declare const require: (id: string) => unknown;

// Loaded on first use, not with the runtime (a program that never touches them never pays).
const bufferFrom = (v: string, enc: string) =>
  (require('buffer') as { Buffer: typeof BufferType }).Buffer.from(v, enc as 'latin1');
/** A DOMException, its class loaded on first use. */
function domException(message: string, name: string): Error {
  const Ctor = (require('./dom-exception.js') as { DOMException: typeof DOMExceptionType }).DOMException;
  return new Ctor(message, name);
}

type Lazy = (name: string, load: () => unknown) => void;
type Define = (name: string, value: unknown, enumerable?: boolean) => void;

const BASE64 = /[A-Za-z0-9+/]/;
const WHITESPACE = /[\t\n\f\r ]/;

/** atob by the WHATWG forgiving-base64 rules, with the errors Node throws. */
function atob(...args: unknown[]): string {
  if (args.length === 0) throw missingArgs('input');
  const input = `${args[0]}`;
  let count = 0;
  let equals = 0;
  for (const ch of input) {
    if (WHITESPACE.test(ch)) continue;
    count++;
    if (ch === '=') {
      equals++;
      if (equals > 2) throw invalidCharacter();
    } else if (!BASE64.test(ch) || equals > 0) {
      throw invalidCharacter();
    }
  }
  let rest = count % 4;
  if (rest === 0) rest = (count - equals) % 4;
  else if (equals > 0) throw invalidCharacter();
  if (rest === 1)
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  return bufferFrom(input.replace(/[\t\n\f\r ]/g, ''), 'base64').toString('latin1');
}

const invalidCharacter = () => domException('Invalid character', 'InvalidCharacterError');

function btoa(...args: unknown[]): string {
  if (args.length === 0) throw missingArgs('input');
  const s = String(args[0]);
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 255) throw invalidCharacter();
  }
  return bufferFrom(s, 'latin1').toString('base64');
}

function missingArgs(name: string): Error {
  return nodeError('ERR_MISSING_ARGS', `The "${name}" argument must be specified`, TypeError);
}

const webcrypto = () => (require('../node/crypto/webcrypto.js') as { webcrypto: unknown }).webcrypto;
const streams = () => (require('../node/stream_web.js') as { default: Record<string, unknown> }).default;
const STREAM_GLOBALS = [
  'ReadableStream',
  'ReadableStreamDefaultReader',
  'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest',
  'ReadableByteStreamController',
  'ReadableStreamDefaultController',
  'TransformStream',
  'TransformStreamDefaultController',
  'WritableStream',
  'WritableStreamDefaultWriter',
  'WritableStreamDefaultController',
  'ByteLengthQueuingStrategy',
  'CountQueuingStrategy',
  'TextEncoderStream',
  'TextDecoderStream',
  'CompressionStream',
  'DecompressionStream',
];

export function installWebGlobals(lazy: Lazy, define: Define): void {
  lazy('TextEncoder', () => (require('./text-codec.js') as { TextEncoder: unknown }).TextEncoder);
  lazy('TextDecoder', () => (require('./text-codec.js') as { TextDecoder: unknown }).TextDecoder);
  define('atob', atob, true);
  define('btoa', btoa, true);
  lazy('URL', () => (require('./url-impl.js') as { URL: unknown }).URL);
  lazy('URLSearchParams', () => (require('./url-impl.js') as { URLSearchParams: unknown }).URLSearchParams);
  lazy('DOMException', () => (require('./dom-exception.js') as { DOMException: unknown }).DOMException);
  lazy(
    'structuredClone',
    () => (require('./structured-clone.js') as { structuredClone: unknown }).structuredClone,
  );
  lazy('Blob', () => (require('./blob.js') as { Blob: unknown }).Blob);
  lazy('File', () => (require('./blob.js') as { File: unknown }).File);
  lazy('FormData', () => (require('./form-data.js') as { FormData: unknown }).FormData);
  lazy('CustomEvent', () => (require('./event-target.js') as { CustomEvent: unknown }).CustomEvent);
  for (const name of STREAM_GLOBALS) lazy(name, () => streams()[name]);
  lazy('EventTarget', () => (require('./event-target.js') as { EventTarget: unknown }).EventTarget);
  lazy('Event', () => (require('./event-target.js') as { Event: unknown }).Event);
  lazy(
    'AbortController',
    () => (require('./event-target.js') as { AbortController: unknown }).AbortController,
  );
  lazy('AbortSignal', () => (require('./event-target.js') as { AbortSignal: unknown }).AbortSignal);
  const messaging = () => require('./message-port.js') as Record<string, unknown>;
  for (const name of ['MessageChannel', 'MessagePort', 'MessageEvent', 'BroadcastChannel'])
    lazy(name, () => messaging()[name]);
  const fetchApi = () => require('../node/http/fetch.js') as Record<string, unknown>;
  for (const name of ['fetch', 'Headers', 'Request', 'Response']) lazy(name, () => fetchApi()[name]);
  lazy('crypto', webcrypto);
  lazy('Crypto', () => (webcrypto() as object).constructor);
  lazy('CryptoKey', () => (require('../node/crypto/webcrypto.js') as { CryptoKey: unknown }).CryptoKey);
}

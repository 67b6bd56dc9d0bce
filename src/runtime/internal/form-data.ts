// Guest zone: FormData (a global in Node 20, from undici there): ordered name/value entries whose
// values are strings or Files, and its multipart/form-data encoding for fetch bodies.

import { Buffer } from 'buffer';
import { Blob, File } from './blob.js';

type Value = string | File;

function toValue(value: unknown, filename: unknown, method: string, argc: number): Value {
  if (!(value instanceof Blob)) {
    if (argc > 2)
      throw new TypeError(`Failed to execute '${method}' on 'FormData': parameter 2 is not of type 'Blob'.`);
    return `${value}`;
  }
  if (value instanceof File && filename === undefined) return value;
  const name = filename !== undefined ? `${filename}` : value instanceof File ? value.name : 'blob';
  const lastModified = value instanceof File ? value.lastModified : undefined;
  return new File([value], name, {
    type: value.type,
    ...(lastModified === undefined ? {} : { lastModified }),
  });
}

function needArgs(method: string, need: number, got: number): void {
  if (got < need)
    throw new TypeError(
      `Failed to execute '${method}' on 'FormData': ${need} argument${need > 1 ? 's' : ''} required, but only ${got} present.`,
    );
}

export class FormData {
  #entries: Array<[string, Value]> = [];

  constructor(form?: unknown) {
    if (form !== undefined)
      throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type 'undefined'.");
  }

  append(name: unknown, value: unknown, filename?: unknown): void {
    // biome-ignore lint/complexity/noArguments: the Web IDL checks count the arguments given
    needArgs('append', 2, arguments.length);
    // biome-ignore lint/complexity/noArguments: as above
    this.#entries.push([`${name}`, toValue(value, filename, 'append', arguments.length)]);
  }

  set(name: unknown, value: unknown, filename?: unknown): void {
    // biome-ignore lint/complexity/noArguments: the Web IDL checks count the arguments given
    needArgs('set', 2, arguments.length);
    const key = `${name}`;
    // biome-ignore lint/complexity/noArguments: as above
    const entry: [string, Value] = [key, toValue(value, filename, 'set', arguments.length)];
    const first = this.#entries.findIndex(([k]) => k === key);
    if (first === -1) this.#entries.push(entry);
    else
      this.#entries = [
        ...this.#entries.slice(0, first),
        entry,
        ...this.#entries.slice(first + 1).filter(([k]) => k !== key),
      ];
  }

  delete(name: unknown): void {
    const key = `${name}`;
    this.#entries = this.#entries.filter(([k]) => k !== key);
  }

  get(name: unknown): Value | null {
    const key = `${name}`;
    return this.#entries.find(([k]) => k === key)?.[1] ?? null;
  }

  getAll(name: unknown): Value[] {
    const key = `${name}`;
    return this.#entries.filter(([k]) => k === key).map(([, v]) => v);
  }

  has(name: unknown): boolean {
    const key = `${name}`;
    return this.#entries.some(([k]) => k === key);
  }

  forEach(cb: (value: Value, key: string, parent: FormData) => void, thisArg?: unknown): void {
    if (typeof cb !== 'function')
      throw new TypeError(
        "Failed to execute 'forEach' on 'FormData': parameter 1 is not of type 'Function'.",
      );
    for (const [k, v] of [...this.#entries]) cb.call(thisArg, v, k, this);
  }

  *entries(): IterableIterator<[string, Value]> {
    for (const [k, v] of this.#entries) yield [k, v];
  }

  *keys(): IterableIterator<string> {
    for (const [k] of this.#entries) yield k;
  }

  *values(): IterableIterator<Value> {
    for (const [, v] of this.#entries) yield v;
  }

  [Symbol.iterator](): IterableIterator<[string, Value]> {
    return this.entries();
  }

  get [Symbol.toStringTag](): string {
    return 'FormData';
  }
}

const escapeName = (s: string) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
const crlf = (s: string) => s.replace(/\r?\n|\r/g, '\r\n');

/** The multipart/form-data body fetch sends for a FormData, with its content type. */
export function encodeFormData(form: FormData): { bytes: Uint8Array; type: string } {
  const boundary = `----formdata-undici-0${`${Math.floor(Math.random() * 1e11)}`.padStart(11, '0')}`;
  const parts: Uint8Array[] = [];
  for (const [name, value] of form) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(crlf(name))}"`;
    if (typeof value === 'string') {
      parts.push(Buffer.from(`${head}\r\n\r\n${crlf(value)}\r\n`));
      continue;
    }
    head += `; filename="${escapeName(value.name)}"\r\nContent-Type: ${value.type || 'application/octet-stream'}\r\n\r\n`;
    parts.push(Buffer.from(head), Blob.bytesOf(value), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { bytes: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

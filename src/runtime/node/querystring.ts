// Guest zone: node:querystring, Node 20's semantics: null-prototype results, '+' read as a space,
// malformed %-escapes kept as text (never a URIError from parse), maxKeys, custom codecs, and
// ERR_INVALID_URI for a lone surrogate in stringify.

import { Buffer } from 'buffer';
import { nodeError } from '../internal/errors.js';

type Codec = (s: string) => string;
type ParseOptions = { maxKeys?: number; decodeURIComponent?: Codec };
type StringifyOptions = { encodeURIComponent?: Codec };

const hexVal = (c: number): number => {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
};

/** Decodes the valid %XX escapes of `s` into bytes and keeps everything else as is. */
function unescapeBuffer(s: string, decodeSpaces = false): Buffer {
  const raw = Buffer.from(String(s));
  const out = Buffer.alloc(raw.length);
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as number;
    if (c === 0x2b && decodeSpaces) {
      out[n++] = 0x20;
      continue;
    }
    if (c === 0x25 && i + 2 < raw.length) {
      const hi = hexVal(raw[i + 1] ?? 0);
      const lo = hexVal(raw[i + 2] ?? 0);
      if (hi >= 0 && lo >= 0) {
        out[n++] = hi * 16 + lo;
        i += 2;
        continue;
      }
    }
    out[n++] = c;
  }
  return out.subarray(0, n) as Buffer;
}

function qsUnescape(s: string, decodeSpaces = false): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(value: unknown): string {
  const s = typeof value === 'string' ? value : String(value);
  try {
    return encodeURIComponent(s);
  } catch {
    throw nodeError('ERR_INVALID_URI', 'URI malformed', URIError);
  }
}

function primitive(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? `${v}` : '';
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(
  obj: unknown,
  sep?: string | null,
  eq?: string | null,
  options?: StringifyOptions,
): string {
  const s = sep || '&';
  const e = eq || '=';
  const encode = options?.encodeURIComponent ?? qsEscape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts: string[] = [];
  for (const k of Object.keys(obj)) {
    const v = (obj as Record<string, unknown>)[k];
    const ks = encode(primitive(k)) + e;
    if (Array.isArray(v)) {
      for (const item of v) parts.push(ks + encode(primitive(item)));
    } else {
      parts.push(ks + encode(primitive(v)));
    }
  }
  return parts.join(s);
}

function parse(qs: unknown, sep?: string | null, eq?: string | null, options?: ParseOptions) {
  const obj: Record<string, string | string[]> = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  const s = sep || '&';
  const e = eq || '=';
  const maxKeys = typeof options?.maxKeys === 'number' ? options.maxKeys : 1000;
  const custom = typeof options?.decodeURIComponent === 'function' ? options.decodeURIComponent : undefined;
  // Node decodes a part only when it holds an escape or a '+', unless the caller brought a decoder.
  const decode = (part: string): string => {
    const spaced = part.replace(/\+/g, '%20');
    if (!custom && spaced === part && !part.includes('%')) return part;
    try {
      return (custom ?? decodeURIComponent)(spaced);
    } catch {
      return qsUnescape(spaced, true);
    }
  };
  let pairs = qs.split(s);
  if (maxKeys > 0) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(e);
    const key = decode(at === -1 ? pair : pair.slice(0, at));
    const value = at === -1 ? '' : decode(pair.slice(at + e.length));
    const prev = obj[key];
    if (prev === undefined) obj[key] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else obj[key] = [prev, value];
  }
  return obj;
}

export default {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};

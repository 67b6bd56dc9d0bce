// Guest zone: util.MIMEType and util.MIMEParams, written for tsvirt after the WHATWG MIME type
// parser as Node 20 applies it: lenient parameter parsing (bad parameters are dropped), strict type
// and subtype, canonical lower-case names, quoted-string serialisation.

import { nodeError } from '../../internal/errors.js';

const NOT_TOKEN = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const NOT_QUOTED_STRING = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const isWhitespace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const lower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Node's message quotes the input and, when it has one, where (or what) was wrong. */
function syntaxError(production: string, input: string, at: number): Error {
  const where = at === -1 ? '' : ` at ${at}`;
  return nodeError(
    'ERR_INVALID_MIME_SYNTAX',
    `The MIME syntax for a ${production} in "${input}" is invalid${where}`,
    TypeError,
  );
}

function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && isWhitespace(s[end - 1])) end--;
  return s.slice(0, end);
}

/** A parameter value as Node writes it: bare when a token, else quoted with `"` and `\` escaped. */
function encodeValue(value: string): string {
  if (value.length === 0) return '""';
  if (!NOT_TOKEN.test(value)) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Reads a quoted-string value starting just after its opening quote: [value, next position]. */
function readQuoted(str: string, start: number): [string, number] {
  let value = '';
  let i = start;
  while (i < str.length) {
    const c = str[i] as string;
    if (c === '"') return [value, i + 1];
    if (c === '\\') {
      // A backslash escapes the next character; one at the very end stands for itself.
      if (i + 1 >= str.length) return [`${value}\\`, i + 1];
      value += str[i + 1];
      i += 2;
      continue;
    }
    value += c;
    i++;
  }
  return [value, i];
}

export class MIMEParams {
  #map = new Map<string, string>();

  delete(name: string): void {
    this.#map.delete(name);
  }

  get(name: string): string | null {
    return this.#map.get(name) ?? null;
  }

  has(name: string): boolean {
    return this.#map.has(name);
  }

  set(name: string, value: string): void {
    const n = `${name}`;
    const v = `${value}`;
    const badName = n.search(NOT_TOKEN);
    if (n.length === 0 || badName !== -1) throw syntaxError('parameter name', n, badName);
    const badValue = v.search(NOT_QUOTED_STRING);
    if (badValue !== -1) throw syntaxError('parameter value', v, badValue);
    this.#map.set(n, v);
  }

  *entries(): IterableIterator<[string, string]> {
    yield* this.#map.entries();
  }

  *keys(): IterableIterator<string> {
    yield* this.#map.keys();
  }

  *values(): IterableIterator<string> {
    yield* this.#map.values();
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }

  toString(): string {
    return [...this.#map].map(([k, v]) => `${k}=${encodeValue(v)}`).join(';');
  }

  toJSON(): string {
    return this.toString();
  }

  /** Parses `str` from `position` on; a parameter that is malformed or repeated is skipped. */
  static parseInto(params: MIMEParams, str: string, start: number): void {
    const end = trimEnd(str).length;
    let pos = start;
    while (pos < end) {
      while (pos < end && isWhitespace(str[pos])) pos++;
      let nameEnd = pos;
      while (nameEnd < str.length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = lower(str.slice(pos, nameEnd));
      pos = nameEnd;
      if (pos < end) {
        const sep = str[pos];
        pos++;
        if (sep === ';') continue;
      }
      if (pos >= end) break;
      let value: string;
      if (str[pos] === '"') {
        [value, pos] = readQuoted(str, pos + 1);
      } else {
        const semi = str.indexOf(';', pos);
        const raw = semi === -1 ? str.slice(pos) : str.slice(pos, semi);
        pos += raw.length;
        value = trimEnd(raw);
        if (value === '') continue;
      }
      if (name !== '' && !NOT_TOKEN.test(name) && !NOT_QUOTED_STRING.test(value) && !params.#map.has(name))
        params.#map.set(name, value);
      pos++;
    }
  }
}

/** A new type or subtype for a MIMEType setter: a non-empty token (else Node's syntax error), lowercased. */
function settableToken(what: 'type' | 'subtype', value: unknown): string {
  const v = `${value}`;
  const bad = v.search(NOT_TOKEN);
  if (v.length === 0 || bad !== -1) throw syntaxError(what, v, bad);
  return lower(v);
}

export class MIMEType {
  #type: string;
  #subtype: string;
  #params = new MIMEParams();

  constructor(input: unknown) {
    const str = `${input}`;
    let pos = 0;
    while (pos < str.length && isWhitespace(str[pos])) pos++;
    const slash = str.indexOf('/', pos);
    const type = slash === -1 ? str.slice(pos) : str.slice(pos, slash);
    const badType = type.search(NOT_TOKEN);
    if (type === '' || badType !== -1 || slash === -1) throw syntaxError('type', str, badType);
    pos = slash + 1;
    const semi = str.indexOf(';', pos);
    const rawSubtype = semi === -1 ? str.slice(pos) : str.slice(pos, semi);
    pos += rawSubtype.length + (semi === -1 ? 0 : 1);
    const subtype = trimEnd(rawSubtype);
    const badSubtype = subtype.search(NOT_TOKEN);
    if (subtype === '' || badSubtype !== -1) throw syntaxError('subtype', str, badSubtype);
    this.#type = lower(type);
    this.#subtype = lower(subtype);
    MIMEParams.parseInto(this.#params, str, pos);
  }

  get type(): string {
    return this.#type;
  }

  set type(value: string) {
    this.#type = settableToken('type', value);
  }

  get subtype(): string {
    return this.#subtype;
  }

  set subtype(value: string) {
    this.#subtype = settableToken('subtype', value);
  }

  get essence(): string {
    return `${this.#type}/${this.#subtype}`;
  }

  get params(): MIMEParams {
    return this.#params;
  }

  toString(): string {
    const params = this.#params.toString();
    return params ? `${this.essence};${params}` : this.essence;
  }

  toJSON(): string {
    return this.toString();
  }
}

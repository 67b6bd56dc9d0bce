// Guest zone: WHATWG URL and URLSearchParams from the reference implementation (whatwg-url), with
// Node's errors: a missing argument is ERR_MISSING_ARGS, an unparsable URL is a TypeError 'Invalid
// URL' with code ERR_INVALID_URL and the `input` (and `base`) that failed.

import { URLSearchParams, URL as WhatwgURL } from 'whatwg-url';
import { nodeError } from './errors.js';

function invalidUrl(input: unknown, base: unknown, withBase: boolean): Error {
  const err = new TypeError('Invalid URL') as TypeError & { code: string; input: string; base?: string };
  err.code = 'ERR_INVALID_URL';
  err.input = String(input);
  if (withBase) err.base = String(base);
  return err;
}

/** Node's URL: whatwg-url's parser, Node's error shapes. */
class NodeURL extends (WhatwgURL as new (...args: unknown[]) => object) {
  constructor(...args: unknown[]) {
    if (args.length === 0)
      throw nodeError('ERR_MISSING_ARGS', 'The "url" argument must be specified', TypeError);
    const [input, base] = args;
    // Symbols throw the engine's own conversion error, as in Node.
    const text = `${input as string}`;
    const withBase = base !== undefined;
    const baseText = withBase ? `${base as string}` : undefined;
    try {
      if (withBase) super(text, baseText);
      else super(text);
    } catch (e) {
      if (e instanceof TypeError) throw invalidUrl(text, baseText, withBase);
      throw e;
    }
  }
}

// The bundler may rename the classes; guests see their names (in inspect output, too).
Object.defineProperty(NodeURL, 'name', { value: 'URL' });
Object.defineProperty(URLSearchParams, 'name', { value: 'URLSearchParams' });

const INSPECT = Symbol.for('nodejs.util.inspect.custom');
type Inspect = (v: unknown, opts?: Record<string, unknown>) => string;
type InspectOpts = Record<string, unknown> & { breakLength?: number };
const FIELDS = [
  'href',
  'origin',
  'protocol',
  'username',
  'password',
  'host',
  'hostname',
  'port',
  'pathname',
  'search',
  'searchParams',
  'hash',
] as const;

function ctorName(v: object, fallback: string): string {
  const name = (v.constructor as { name?: unknown } | undefined)?.name;
  return typeof name === 'string' && name ? name : fallback;
}

// As Node prints a URL: its class name and every component, searchParams included.
Object.defineProperty(NodeURL.prototype, INSPECT, {
  value(this: Record<string, unknown>, depth: number, opts: InspectOpts, inspect: Inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const view: Record<string, unknown> = Object.create({ constructor: this.constructor ?? NodeURL });
    for (const f of FIELDS) view[f] = this[f];
    return `${ctorName(this, 'URL')} ${inspect(view, opts)}`;
  },
  configurable: true,
  writable: true,
});

// As Node prints URLSearchParams: `{ 'a' => '1', 'b' => '2' }`, one pair per line past breakLength.
Object.defineProperty(URLSearchParams.prototype, INSPECT, {
  value(this: Iterable<[string, string]> & object, depth: number, opts: InspectOpts, inspect: Inspect) {
    const name = ctorName(this, 'URLSearchParams');
    // Node shows a too-deep URLSearchParams as a plain object placeholder.
    if (typeof depth === 'number' && depth < 0)
      return typeof opts.stylize === 'function'
        ? (opts.stylize as (s: string, t: string) => string)('[Object]', 'special')
        : '[Object]';
    const inner = { ...opts, depth: typeof depth === 'number' ? depth - 1 : depth };
    const pairs: string[] = [];
    for (const [k, v] of this) pairs.push(`${inspect(k, inner)} => ${inspect(v, inner)}`);
    if (pairs.length === 0) return `${name} {}`;
    const width = pairs.reduce((n, p) => n + p.replace(/\x1b\[\d+m/g, '').length + 2, -2);
    if (width > (opts.breakLength ?? 80)) return `${name} {\n  ${pairs.join(',\n  ')} }`;
    return `${name} { ${pairs.join(', ')} }`;
  },
  configurable: true,
  writable: true,
});

/** The class guests get as `URL` (typed as whatwg-url's, which it extends). */
export const URL = NodeURL as unknown as typeof WhatwgURL;
export { URLSearchParams };

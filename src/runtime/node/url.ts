// Guest zone: node:url: WHATWG URL (whatwg-url) plus the legacy API (the `url` package), and the
// file-URL helpers Node programs use most (fileURLToPath, pathToFileURL).

import * as legacy from 'url';
import { URL, URLSearchParams } from '../internal/url-impl.js';

type WhatwgUrl = {
  href: string;
  protocol: string;
  hostname: string;
  pathname: string;
  search: string;
  hash: string;
  port: string;
  username: string;
  password: string;
};

import { invalidArgType, nodeError } from '../internal/errors.js';
import punycode from './punycode.js';
import querystring from './querystring.js';

function fileURLToPath(input: unknown): string {
  const url: unknown = typeof input === 'string' ? new URL(input) : input;
  if (!(url instanceof URL) && !(url && typeof url === 'object' && 'href' in url))
    throw invalidArgType('path', 'of type string or an instance of URL', input);
  const u = url as WhatwgUrl;
  if (u.protocol !== 'file:')
    throw nodeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file', TypeError);
  if (u.hostname !== '')
    throw nodeError(
      'ERR_INVALID_FILE_URL_HOST',
      'File URL host must be "localhost" or empty on linux',
      TypeError,
    );
  if (/%2f/i.test(u.pathname))
    throw nodeError(
      'ERR_INVALID_FILE_URL_PATH',
      'File URL path must not include encoded / characters',
      TypeError,
    );
  return decodeURIComponent(u.pathname);
}

function pathToFileURL(path: string): WhatwgUrl {
  const cwd = (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
  let abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`;
  const trailing = path.endsWith('/');
  const parts: string[] = [];
  for (const seg of abs.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  abs = `/${parts.join('/')}${trailing && parts.length ? '/' : ''}`;
  const encoded = abs
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09')
    .replace(/#/g, '%23')
    .replace(/\?/g, '%3F');
  return new URL(`file://${encoded}`);
}

function urlToHttpOptions(url: WhatwgUrl): Record<string, unknown> {
  // Node's options object has a null prototype.
  return Object.assign(Object.create(null) as Record<string, unknown>, {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
    ...(url.port !== '' ? { port: Number(url.port) } : {}),
    ...(url.username || url.password
      ? { auth: `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}` }
      : {}),
  });
}

/** url.format(URL, { auth, fragment, search, unicode }): Node's serialisation with parts left out. */
function formatWhatwg(u: WhatwgUrl & { host: string }, opts: unknown): string {
  if (opts !== undefined && (opts === null || typeof opts !== 'object'))
    throw invalidArgType('options', 'of type object', opts);
  const o = (opts ?? {}) as { auth?: unknown; fragment?: unknown; search?: unknown; unicode?: unknown };
  let out = u.protocol;
  if (u.host !== '' || u.href.startsWith(`${u.protocol}//`)) {
    out += '//';
    if (o.auth !== false && (u.username || u.password)) {
      out += u.username;
      if (u.password) out += `:${u.password}`;
      out += '@';
    }
    out += o.unicode === true ? domainToUnicode(u.hostname) : u.hostname;
    if (u.port) out += `:${u.port}`;
  }
  out += u.pathname;
  if (o.search !== false) out += u.search;
  if (o.fragment !== false) out += u.hash;
  return out;
}

/** A domain as the URL host parser leaves it (IDNA to ASCII); '' for a domain that is not valid. */
function domainToASCII(domain: string): string {
  try {
    return new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
}

/** Punycode labels (xn--…) back to Unicode; '' for a domain that is not valid. */
function domainToUnicode(domain: string): string {
  let ascii: string;
  try {
    ascii = new URL(`http://${domain}`).hostname;
  } catch {
    return '';
  }
  return ascii
    .split('.')
    .map((label) =>
      label.startsWith('xn--') ? (punycode as { decode(s: string): string }).decode(label.slice(4)) : label,
    )
    .join('.');
}

const l = legacy as unknown as Record<string, unknown>;

export default {
  parse(input: unknown, parseQueryString?: unknown, slashesDenoteHost?: unknown) {
    const r = (l.parse as (...a: unknown[]) => { search?: string | null; query?: unknown })(
      input,
      parseQueryString,
      slashesDenoteHost,
    );
    // Node parses the query with its own querystring: a null-prototype object.
    if (parseQueryString) r.query = querystring.parse(r.search ? r.search.slice(1) : '');
    return r;
  },
  format(u: unknown, opts?: unknown) {
    if (u instanceof URL) return formatWhatwg(u as unknown as WhatwgUrl & { host: string }, opts);
    return (l.format as (u: unknown, o?: unknown) => string)(u, opts);
  },
  resolve: l.resolve,
  resolveObject: l.resolveObject,
  Url: l.Url,
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
};

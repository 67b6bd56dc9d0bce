// Guest zone (userland): wget(1): fetch URLs over the container's network with the guest's http
// client. `-q`, `-O FILE|-`, `--header`, `-S`, `-T secs`, redirects; GNU wget's messages and exit
// statuses (1 generic/bad URL, 2 usage, 3 file I/O, 4 network failure, 8 server error response).

import { ExitError, setProg, strerror } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { fs, proc } from './lib/node.js';

declare const require: (id: string) => unknown;
declare const URL: new (input: string, base?: string) => { href: string };

interface Response {
  statusCode?: number;
  statusMessage?: string;
  httpVersion?: string;
  rawHeaders: string[];
  headers: Record<string, string | string[] | undefined>;
  on(ev: 'data', fn: (chunk: Uint8Array) => void): Response;
  on(ev: 'end' | 'close', fn: () => void): Response;
  on(ev: 'error', fn: (e: { code?: string; message: string }) => void): Response;
  resume(): void;
}
interface Request {
  on(ev: 'response', fn: (res: Response) => void): Request;
  on(ev: 'error', fn: (e: { code?: string; message: string }) => void): Request;
  on(ev: 'timeout', fn: () => void): Request;
  setTimeout(ms: number): void;
  destroy(err?: unknown): void;
  end(): void;
}
interface HttpApi {
  request(opts: Record<string, unknown>): Request;
}
interface DnsApi {
  lookup(host: string, cb: (err: { code?: string } | null, address: string) => void): void;
}

/** GNU wget's exit statuses. */
const EXIT = { ok: 0, generic: 1, usage: 2, io: 3, network: 4, server: 8 } as const;
const MAX_REDIRECTS = 20;
const USER_AGENT = 'Wget/1.21 (tsvirt)';

interface Options {
  quiet: boolean;
  output: string | undefined;
  headers: Array<[string, string]>;
  serverResponse: boolean;
  timeoutMs: number | undefined;
}

/** A failure with the status wget ends with and what it prints (unless -q). */
class Failure {
  constructor(
    readonly status: number,
    readonly message: string,
  ) {}
}

let quiet = false;
function log(s: string): void {
  if (!quiet) proc.stderr.write(s);
}

function stamp(): string {
  return new Date().toISOString().slice(0, 19).replace('T', ' ');
}

/** GNU wget's ‘quotes’ (it uses the locale's quotation marks; in C.UTF-8 these). */
function lq(s: string): string {
  return `\u2018${s}\u2019`;
}

interface Target {
  href: string;
  host: string;
  port: number;
  path: string;
  https: boolean;
}

/** Parses a URL the way wget does: no scheme means http://; errors end with status 1. */
function parseUrl(raw: string): Target {
  const withScheme = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//.test(raw) ? raw : `http://${raw}`;
  const scheme = (/^([^:]+):/.exec(withScheme)?.[1] ?? '').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https')
    throw new Failure(EXIT.generic, `${raw}: Unsupported scheme ${lq(scheme)}.`);
  const rest = withScheme.slice(scheme.length + 3);
  const authority = rest.split(/[/?#]/, 1)[0] ?? '';
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  const m = /^(\[[^\]]*\]|[^:]*)(?::(.*))?$/.exec(hostPort);
  const host = (m?.[1] ?? '').replace(/^\[|\]$/g, '');
  if (!host) throw new Failure(EXIT.generic, `${raw}: Invalid host name.`);
  const portText = m?.[2];
  if (portText !== undefined && !/^\d{1,5}$/.test(portText))
    throw new Failure(EXIT.generic, `${raw}: Bad port number.`);
  const port = portText ? Number(portText) : scheme === 'https' ? 443 : 80;
  if (port < 1 || port > 65535) throw new Failure(EXIT.generic, `${raw}: Bad port number.`);
  const tail = rest.slice(authority.length).replace(/#.*$/, '');
  const path = tail.startsWith('/') ? tail : `/${tail}`;
  return { href: withScheme, host, port, path, https: scheme === 'https' };
}

/** The file a download is saved to without -O: the URL's last path part, `index.html` for a dir. */
function localName(t: Target): string {
  const base = t.path.replace(/\?.*$/, '').split('/').pop() ?? '';
  const name = decodeURIComponent(base) || 'index.html';
  if (!exists(name)) return name;
  for (let i = 1; ; i++) if (!exists(`${name}.${i}`)) return `${name}.${i}`;
}

function exists(p: string): boolean {
  try {
    fs.statSync(p);
    return true;
  } catch {
    return false;
  }
}

function isIp(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.includes(':');
}

function resolve(host: string): Promise<string> {
  if (isIp(host)) return Promise.resolve(host);
  const dns = require('node:dns') as DnsApi;
  log(`Resolving ${host} (${host})... `);
  return new Promise((ok, fail) =>
    dns.lookup(host, (err, address) => {
      if (err) {
        log('failed: Name or service not known.\n');
        fail(new Failure(EXIT.network, `wget: unable to resolve host address ${lq(host)}`));
        return;
      }
      log(`${address}\n`);
      ok(address);
    }),
  );
}

/** One request: resolves with the response (body not yet read). */
function request(t: Target, address: string, o: Options): Promise<Response> {
  const http = require(t.https ? 'node:https' : 'node:http') as HttpApi;
  const shown = isIp(t.host) ? `${t.host}:${t.port}` : `${t.host} (${t.host})|${address}|:${t.port}`;
  log(`Connecting to ${shown}... `);
  const headers: Record<string, string> = {
    'User-Agent': USER_AGENT,
    Accept: '*/*',
    'Accept-Encoding': 'identity',
    Host: t.port === (t.https ? 443 : 80) ? t.host : `${t.host}:${t.port}`,
    Connection: 'close',
  };
  for (const [k, v] of o.headers) headers[k] = v;
  return new Promise((ok, fail) => {
    let connected = false;
    const req = http.request({
      host: address,
      port: t.port,
      path: t.path,
      method: 'GET',
      headers,
      agent: false,
    });
    if (o.timeoutMs !== undefined) {
      req.setTimeout(o.timeoutMs);
      req.on('timeout', () => {
        log(connected ? 'Read error (Connection timed out).\n' : 'failed: Connection timed out.\n');
        req.destroy();
        fail(new Failure(EXIT.network, ''));
      });
    }
    req.on('error', (e) => {
      const why = e.code === 'ECONNREFUSED' ? 'Connection refused' : strerror(e);
      log(`failed: ${why}.\n`);
      fail(new Failure(EXIT.network, ''));
    });
    req.on('response', (res) => {
      connected = true;
      log('connected.\nHTTP request sent, awaiting response... ');
      // -S prints the response head even under -q, as GNU wget does.
      if (o.serverResponse) {
        log('\n');
        let head = `  HTTP/${res.httpVersion ?? '1.1'} ${res.statusCode} ${res.statusMessage ?? ''}\n`;
        for (let i = 0; i + 1 < res.rawHeaders.length; i += 2)
          head += `  ${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\n`;
        proc.stderr.write(head);
      }
      log(`${res.statusCode} ${res.statusMessage ?? ''}\n`);
      ok(res);
    });
    req.end();
  });
}

/** Opens where the body goes: stdout for `-`, else the file (created even if the fetch then fails). */
function openOutput(name: string): number {
  if (name === '-') return 1;
  try {
    return fs.openSync(name, 'w', 0o666);
  } catch (e) {
    throw new Failure(EXIT.io, `${name}: ${strerror(e)}`);
  }
}

/** Copies the body to fd; resolves with the byte count. */
function save(res: Response, fd: number): Promise<number> {
  let n = 0;
  return new Promise((ok, fail) => {
    res.on('data', (chunk) => {
      n += chunk.length;
      if (fd === 1) proc.stdout.write(chunk);
      else fs.writeSync(fd, chunk);
    });
    res.on('error', (e) => {
      log(`Read error (${strerror(e)}).\n`);
      fail(new Failure(EXIT.network, ''));
    });
    res.on('end', () => ok(n));
  });
}

/** Fetches one URL, following redirects; returns wget's status for it. */
async function fetchOne(url: string, o: Options, outFd: { fd: number | null }): Promise<number> {
  let t = parseUrl(url);
  for (let hops = 0; ; hops++) {
    log(`--${stamp()}--  ${t.href}\n`);
    const address = await resolve(t.host);
    const res = await request(t, address, o);
    const code = res.statusCode ?? 0;
    const location = res.headers.location;
    if (code >= 300 && code < 400 && typeof location === 'string') {
      res.resume();
      log(`Location: ${location} [following]\n`);
      if (hops >= MAX_REDIRECTS) throw new Failure(EXIT.server, `${MAX_REDIRECTS} redirections exceeded.`);
      t = parseUrl(new URL(location, t.href).href);
      continue;
    }
    if (code >= 400) {
      res.resume();
      if (o.output !== undefined && outFd.fd === null) outFd.fd = openOutput(o.output);
      throw new Failure(EXIT.server, `${stamp()} ERROR ${code}: ${res.statusMessage ?? ''}.`);
    }
    const len = res.headers['content-length'];
    const type = res.headers['content-type'];
    log(
      `Length: ${typeof len === 'string' ? len : 'unspecified'}${typeof type === 'string' ? ` [${type}]` : ''}\n`,
    );
    const name = o.output ?? localName(t);
    if (outFd.fd === null) outFd.fd = openOutput(name);
    log(`Saving to: ${lq(name === '-' ? 'STDOUT' : name)}\n\n`);
    const n = await save(res, outFd.fd);
    log(
      `${stamp()} - ${lq(name === '-' ? 'written to stdout' : name)} saved [${n}${typeof len === 'string' ? `/${len}` : ''}]\n\n`,
    );
    if (o.output === undefined && outFd.fd !== 1) {
      fs.closeSync(outFd.fd);
      outFd.fd = null;
    }
    return EXIT.ok;
  }
}

function parseTimeout(v: string): number {
  if (!/^(\d+\.?\d*|\.\d+)$/.test(v)) {
    proc.stderr.write(`wget: --timeout: Invalid time period ${lq(v)}\n`);
    throw new ExitError(EXIT.usage);
  }
  return Number(v) * 1000;
}

function usage(msg: string, status: number): never {
  proc.stderr.write(
    `wget: ${msg}\nUsage: wget [OPTION]... [URL]...\n\nTry \`wget --help' for more options.\n`,
  );
  throw new ExitError(status);
}

/** GNU's rule for several URLs: 0 and 1 yield to any other status; among the rest the lowest wins. */
function worse(a: number, b: number): number {
  if (a === EXIT.ok) return b;
  if (b === EXIT.ok) return a;
  if (a === EXIT.generic) return b;
  if (b === EXIT.generic) return a;
  return Math.min(a, b);
}

async function main(argv: string[]): Promise<number> {
  const p = getopt(argv, {
    short: 'qO:ST:U:',
    long: {
      quiet: ['none', 'q'],
      'output-document': ['required', 'O'],
      header: ['required', 'H'],
      'server-response': ['none', 'S'],
      timeout: ['required', 'T'],
      'user-agent': ['required', 'U'],
    },
    usageStatus: EXIT.usage,
  });
  const o: Options = {
    quiet: false,
    output: undefined,
    headers: [],
    serverResponse: false,
    timeoutMs: undefined,
  };
  for (const opt of p.opts) {
    const v = opt.value as string;
    if (opt.key === 'q') o.quiet = true;
    else if (opt.key === 'O') o.output = v;
    else if (opt.key === 'S') o.serverResponse = true;
    else if (opt.key === 'T') o.timeoutMs = parseTimeout(v);
    else if (opt.key === 'U') o.headers.push(['User-Agent', v]);
    else if (opt.key === 'H') {
      const colon = v.indexOf(':');
      if (colon < 1) usage(`--header: Invalid header ${lq(v)}.`, EXIT.usage);
      o.headers.push([v.slice(0, colon).trim(), v.slice(colon + 1).trim()]);
    }
  }
  quiet = o.quiet;
  if (p.operands.length === 0) usage('missing URL', EXIT.generic);
  let status: number = EXIT.ok;
  // With -O every URL's body goes, in order, into one file (opened once).
  const outFd = { fd: null as number | null };
  for (const url of p.operands) {
    try {
      status = worse(status, await fetchOne(url, o, outFd));
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      // Bad URLs and file errors are reported even under -q, as GNU wget does for the latter.
      if (e.message) {
        if (e.status === EXIT.io || !quiet) proc.stderr.write(`${e.message}\n`);
        if (e.status === EXIT.server) log('\n');
      }
      status = worse(status, e.status);
      if (e.status === EXIT.io) break;
    }
  }
  if (outFd.fd !== null && outFd.fd !== 1) fs.closeSync(outFd.fd);
  return status;
}

setProg('wget');
// Not lib/main's run(): the body goes straight to stdout as it arrives, so only wait for it to drain.
main(proc.argv.slice(2)).then(
  (status) => proc.stdout.write('', () => proc.exit(status)),
  (e: unknown) => {
    if (e instanceof ExitError) proc.exit(e.status);
    proc.stderr.write(`wget: ${(e as Error)?.stack ?? String(e)}\n`);
    proc.exit(1);
  },
);

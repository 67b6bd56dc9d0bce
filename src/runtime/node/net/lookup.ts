// Guest zone: name resolution shared by dns and net: IP literals, the container's /etc/hosts (as
// nsswitch's "files" would), then the kernel's resolver (localhost, hostname, container names).

import { start, sysTry } from '../../internal/door.js';
import { nextTick } from '../../internal/loop.js';

const queue = (fn: () => void) => nextTick(fn, []);

const V4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const V6 =
  /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|(([0-9a-fA-F]{1,4}:){0,7}[0-9a-fA-F]{0,4})?::(([0-9a-fA-F]{1,4}:){0,7}[0-9a-fA-F]{0,4})?|::ffff:\d+\.\d+\.\d+\.\d+)$/;

export function isIPv4(s: unknown): boolean {
  return typeof s === 'string' && V4.test(s);
}

export function isIPv6(s: unknown): boolean {
  return typeof s === 'string' && s.includes(':') && V6.test(s.replace(/%.*$/, ''));
}

export function isIP(s: unknown): number {
  return isIPv4(s) ? 4 : isIPv6(s) ? 6 : 0;
}

/** IPv4 addresses /etc/hosts gives `name` (read each time: the file may change). */
function fromHostsFile(name: string): string[] {
  const fd = sysTry('fs.open', { path: '/etc/hosts', flags: 0, mode: 0 });
  if (fd[0] !== null) return [];
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < 64; i++) {
    const r = sysTry('fs.read', { fd: fd[1], length: 65536, position: null });
    if (r[0] !== null || (r[1] as Uint8Array).byteLength === 0) break;
    chunks.push(r[1] as Uint8Array);
  }
  sysTry('fs.close', { fd: fd[1] });
  let text = '';
  for (const c of chunks) for (const b of c) text += String.fromCharCode(b);
  const out: string[] = [];
  const want = name.toLowerCase();
  for (const line of text.split('\n')) {
    const fields = (line.split('#')[0] ?? '').trim().split(/\s+/);
    const ip = fields[0];
    if (!ip || !isIPv4(ip)) continue;
    if (fields.slice(1).some((f) => f.toLowerCase() === want) && !out.includes(ip)) out.push(ip);
  }
  return out;
}

/** The error dns.lookup gives for a name nothing resolves (`getaddrinfo ENOTFOUND x`). */
export function notFound(hostname: string, syscall = 'getaddrinfo'): Error {
  const err = new Error(`${syscall} ENOTFOUND ${hostname}`) as Error & Record<string, unknown>;
  err.errno = -3008;
  err.code = 'ENOTFOUND';
  err.syscall = syscall;
  err.hostname = hostname;
  return err;
}

/** Resolves `hostname` to IPv4 addresses; `cb` runs in a later turn, as getaddrinfo's would. */
export function resolveHost(hostname: string, cb: (err: Error | null, addresses: string[]) => void): void {
  if (isIPv4(hostname)) {
    queue(() => cb(null, [hostname]));
    return;
  }
  if (hostname === '::1' || hostname === '::') {
    queue(() => cb(null, [hostname === '::1' ? '127.0.0.1' : '0.0.0.0']));
    return;
  }
  start(
    'net.resolve',
    { name: hostname },
    (err, value) => {
      if (err) return cb(err, []);
      const found = fromHostsFile(hostname);
      for (const ip of value as string[]) if (!found.includes(ip)) found.push(ip);
      if (found.length === 0) return cb(notFound(hostname), []);
      cb(null, found);
    },
    queue,
  );
}

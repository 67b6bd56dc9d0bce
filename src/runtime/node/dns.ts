// Guest zone: node:dns. lookup goes through the container's resolver (net/lookup.ts: /etc/hosts,
// then the kernel: localhost, the hostname, container names on shared networks). IPv4 only; the
// DNS-protocol queries other than resolve4 are not available inside a container.

import { invalidArgType, notImplemented } from '../internal/errors.js';
import { isIP, notFound, resolveHost } from './net/lookup.js';

interface LookupOptions {
  family?: number | string;
  all?: boolean;
  verbatim?: boolean;
  hints?: number;
}

type LookupCb = (err: Error | null, address?: unknown, family?: number) => void;

export function lookup(hostname: unknown, options?: unknown, callback?: unknown): void {
  let opts: LookupOptions = {};
  let cb = callback;
  if (typeof options === 'function') cb = options;
  else if (typeof options === 'number') opts = { family: options };
  else if (typeof options === 'object' && options !== null) opts = options as LookupOptions;
  if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
  if (typeof hostname !== 'string') throw invalidArgType('hostname', 'of type string', hostname);
  const done = cb as LookupCb;
  const fam = opts.family === 'IPv6' ? 6 : opts.family === 'IPv4' ? 4 : Number(opts.family ?? 0);
  if (hostname === '') {
    // Node answers an empty name with null (no lookup at all).
    if (opts.all) done(null, []);
    else done(null, null, fam === 6 ? 6 : 4);
    return;
  }
  const literal = isIP(hostname);
  if (literal) {
    if (opts.all) done(null, [{ address: hostname, family: literal }]);
    else done(null, hostname, literal);
    return;
  }
  resolveHost(hostname, (err, addrs) => {
    if (!err && fam === 6) err = notFound(hostname);
    if (err) return done(err);
    if (opts.all)
      done(
        null,
        addrs.map((address) => ({ address, family: 4 })),
      );
    else done(null, addrs[0], 4);
  });
}

export function resolve4(hostname: unknown, options?: unknown, callback?: unknown): void {
  const cb = (typeof options === 'function' ? options : callback) as LookupCb;
  if (typeof cb !== 'function') throw invalidArgType('callback', 'of type function', cb);
  if (typeof hostname !== 'string') throw invalidArgType('name', 'of type string', hostname);
  resolveHost(hostname, (err, addrs) => {
    if (err) {
      const e = notFound(hostname, 'queryA');
      return cb(e);
    }
    const ttl = typeof options === 'object' && options !== null && (options as { ttl?: boolean }).ttl;
    cb(null, ttl ? addrs.map((address) => ({ address, ttl: 600 })) : addrs);
  });
}

export function resolve(hostname: unknown, rrtype?: unknown, callback?: unknown): void {
  if (typeof rrtype === 'function') {
    resolve4(hostname, rrtype);
    return;
  }
  if (rrtype === 'A') {
    resolve4(hostname, callback);
    return;
  }
  throw notImplemented(`dns.resolve with rrtype ${String(rrtype)}`);
}

const unsupported = (name: string) => () => {
  throw notImplemented(`dns.${name}`);
};

export const promises = {
  lookup(hostname: unknown, options?: unknown): Promise<unknown> {
    return new Promise((res, rej) =>
      lookup(hostname, options ?? {}, (err: Error | null, address?: unknown, family?: number) => {
        if (err) rej(err);
        else if (typeof options === 'object' && options !== null && (options as LookupOptions).all)
          res(address);
        else res({ address, family });
      }),
    );
  },
  resolve4(hostname: unknown, options?: unknown): Promise<unknown> {
    return new Promise((res, rej) =>
      resolve4(hostname, options ?? {}, (err: Error | null, a?: unknown) => (err ? rej(err) : res(a))),
    );
  },
  resolve(hostname: unknown, rrtype?: unknown): Promise<unknown> {
    if (rrtype !== undefined && rrtype !== 'A')
      return Promise.reject(notImplemented(`dns.resolve with rrtype ${String(rrtype)}`));
    return promises.resolve4(hostname);
  },
  resolve6: unsupported('promises.resolve6'),
  reverse: unsupported('promises.reverse'),
};

export default {
  lookup,
  resolve,
  resolve4,
  resolve6: unsupported('resolve6'),
  resolveMx: unsupported('resolveMx'),
  resolveTxt: unsupported('resolveTxt'),
  resolveSrv: unsupported('resolveSrv'),
  resolveCname: unsupported('resolveCname'),
  reverse: unsupported('reverse'),
  getServers: () => ['127.0.0.11'],
  setServers: unsupported('setServers'),
  setDefaultResultOrder: () => {},
  getDefaultResultOrder: () => 'verbatim',
  promises,
  NOTFOUND: 'ENOTFOUND',
  ADDRCONFIG: 1024,
  V4MAPPED: 2048,
  ALL: 256,
};

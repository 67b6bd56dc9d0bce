// Unit tests of the egress policy: rules, DNS gating and the DNS-rebinding defence (a host resolver
// stand-in answers, so nothing is looked up for real).

import { describe, expect, it } from 'vitest';
import { EgressPolicy, parseAllowNet } from './egress.js';

describe('parseAllowNet', () => {
  it('takes IPv4 literals and names, with or without a port', () => {
    expect(parseAllowNet(['127.0.0.2:8080', 'api.example.com', 'Example.COM.:443'])).toEqual([
      { host: '127.0.0.2', port: 8080, literal: true },
      { host: 'api.example.com', port: undefined, literal: false },
      { host: 'example.com', port: 443, literal: false },
    ]);
  });
  it('rejects wildcards, bad ports and junk', () => {
    for (const bad of ['*', 'a:0', 'a:65536', 'a b', '', ':80', 'x:y', '[::1]:80'])
      expect(() => parseAllowNet([bad]), bad).toThrow(/invalid allow-net entry/);
  });
});

describe('EgressPolicy', () => {
  const answers = new Map<string, string[]>();
  const resolver = async (name: string) => {
    const a = answers.get(name);
    if (!a) throw new Error('ENOTFOUND');
    return a;
  };

  it('admits literal rules on their port only', () => {
    const p = new EgressPolicy(parseAllowNet(['127.0.0.2:80', '192.0.2.1']), false, resolver);
    expect(p.allows('127.0.0.2', 80)).toBe(true);
    expect(p.allows('127.0.0.2', 81)).toBe(false);
    expect(p.allows('192.0.2.1', 1)).toBe(true);
    expect(p.allows('192.0.2.2', 80)).toBe(false);
  });

  it('asks the host resolver only about names a rule names', async () => {
    const asked: string[] = [];
    const p = new EgressPolicy(parseAllowNet(['api.test:443']), false, async (n) => {
      asked.push(n);
      return ['203.0.113.5'];
    });
    await expect(p.resolve('other.test')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect(asked).toEqual([]);
    expect(await p.resolve('API.test')).toEqual(['203.0.113.5']);
    expect(asked).toEqual(['API.test']);
  });

  it('admits a learnt address only with its rule port, and never a rebinding to loopback', async () => {
    const p = new EgressPolicy(parseAllowNet(['api.test:443']), false, resolver);
    expect(p.allows('203.0.113.5', 443)).toBe(false);
    answers.set('api.test', ['203.0.113.5']);
    await p.resolve('api.test');
    expect(p.allows('203.0.113.5', 443)).toBe(true);
    expect(p.allows('203.0.113.5', 22)).toBe(false);
    // The name now points at the host's loopback, link-local metadata, the unspecified address.
    answers.set('api.test', ['127.0.0.1', '169.254.169.254', '0.0.0.0']);
    await p.resolve('api.test');
    for (const ip of ['127.0.0.1', '169.254.169.254', '0.0.0.0']) expect(p.allows(ip, 443)).toBe(false);
  });

  it('open (--network host) allows everything', async () => {
    const p = new EgressPolicy([], true, resolver);
    expect(p.allows('127.0.0.1', 22)).toBe(true);
    expect(p.allowsName('anything')).toBe(true);
  });
});

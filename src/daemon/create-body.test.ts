// Unit tests: the create body: Docker's fields over tsvirt's Spec, unknown keys refused.

import { describe, expect, it } from 'vitest';
import { parseCreateBody } from './create-body.js';

describe('POST /containers/create body', () => {
  it("maps Docker's fields onto the spec", () => {
    const r = parseCreateBody({
      Image: 'base',
      Cmd: ['sh'],
      Env: ['A=1'],
      WorkingDir: '/tmp',
      HostConfig: {
        RestartPolicy: { Name: 'always' },
        Memory: 64 * 1024 * 1024,
        NanoCpus: 5e8,
        NetworkMode: 'net1',
      },
    });
    expect(r.spec).toEqual({
      image: 'base',
      cmd: ['sh'],
      env: ['A=1'],
      workdir: '/tmp',
      network: 'net1',
      limits: { memory: 64 * 1024 * 1024, cpus: 0.5 },
    });
    expect(r.restart).toEqual({ Name: 'always', MaximumRetryCount: 0 });
    expect(r.autoRemove).toBe(false);
  });

  it('takes a tsvirt Spec, with Docker fields winning', () => {
    const r = parseCreateBody({ Spec: { image: 'a', cmd: ['x'] }, Cmd: ['y'] });
    expect(r.spec).toEqual({ image: 'a', cmd: ['y'] });
  });

  it('refuses unknown and malformed fields', () => {
    expect(() => parseCreateBody({ Imagee: 'x' })).toThrow('unknown field "Imagee"');
    expect(() => parseCreateBody({ HostConfig: { Privileged: true } })).toThrow(
      'unknown HostConfig field "Privileged"',
    );
    expect(() => parseCreateBody({ HostConfig: [] })).toThrow('HostConfig must be an object');
    expect(() => parseCreateBody({ HostConfig: { Memory: -1 } })).toThrow(
      'Memory must be a non-negative number',
    );
    expect(() =>
      parseCreateBody({ HostConfig: { AutoRemove: true, RestartPolicy: { Name: 'always' } } }),
    ).toThrow(/AutoRemove/);
  });
});

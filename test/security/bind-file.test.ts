// Security and behaviour of single-file bind mounts: the container reads and writes exactly the
// pinned host file; replacing the host path with a symlink afterwards does not redirect it; the
// mount point cannot be removed or renamed, and a read-only file bind is EROFS.

import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContainerSpec, Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let base: string;
let rootfs: string;

beforeAll(() => {
  kernel = new Kernel();
  base = mkdtempSync(join(tmpdir(), 'tsvirt-bindfile-'));
  rootfs = join(base, 'rootfs');
  mkdirSync(join(rootfs, 'app'), { recursive: true });
  writeFileSync(join(base, 'secret.txt'), 'SECRET');
});

afterAll(async () => {
  await kernel.close();
  rmSync(base, { recursive: true, force: true });
});

async function run(script: string, mounts: NonNullable<ContainerSpec['mounts']>): Promise<string> {
  writeFileSync(join(rootfs, 'app/main.js'), script);
  const c = await kernel.run({ rootfs, cmd: ['node', '/app/main.js'], mounts });
  const [out] = await Promise.all([collect(c.stdout), c.wait()]);
  return out;
}

const T = `const fs = require('fs');
const t = (name, fn) => { try { const v = fn(); console.log(name, v === undefined ? 'ok' : JSON.stringify(v)); } catch (e) { console.log(name, e.code); } };
`;

describe('single-file bind mounts', () => {
  it('reads and writes the host file, and the mount point stays put', async () => {
    const file = join(base, 'config.json');
    writeFileSync(file, '{"a":1}');
    const out = await run(
      `${T}
t('read', () => fs.readFileSync('/etc/app/config.json', 'utf8'));
t('write', () => fs.writeFileSync('/etc/app/config.json', '{"a":2}'));
t('unlink', () => fs.unlinkSync('/etc/app/config.json'));
t('rename', () => fs.renameSync('/etc/app/config.json', '/etc/app/other.json'));
t('child', () => fs.statSync('/etc/app/config.json/x'));
t('listed', () => fs.readdirSync('/etc/app'));
`,
      [{ type: 'bind', source: file, target: '/etc/app/config.json' }],
    );
    expect(out).toBe(
      'read "{\\"a\\":1}"\nwrite ok\nunlink EBUSY\nrename EBUSY\nchild ENOTDIR\nlisted ["config.json"]\n',
    );
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
  });

  it('read-only file binds are EROFS', async () => {
    const file = join(base, 'ro.txt');
    writeFileSync(file, 'ro');
    const out = await run(
      `${T}
t('write', () => fs.writeFileSync('/ro.txt', 'x'));
t('chmod', () => fs.chmodSync('/ro.txt', 0o777));
t('read', () => fs.readFileSync('/ro.txt', 'utf8'));
`,
      [{ type: 'bind', source: file, target: '/ro.txt', readOnly: true }],
    );
    expect(out).toBe('write EROFS\nchmod EROFS\nread "ro"\n');
  });

  it('stays pinned to the file it mounted when the host path is swapped for a symlink', async () => {
    const file = join(base, 'pinned.txt');
    writeFileSync(file, 'original');
    writeFileSync(
      join(rootfs, 'app/main.js'),
      `${T}
setTimeout(() => t('read', () => require('fs').readFileSync('/pinned.txt', 'utf8')), 300);
`,
    );
    const c = await kernel.run({
      rootfs,
      cmd: ['node', '/app/main.js'],
      mounts: [{ type: 'bind', source: file, target: '/pinned.txt' }],
    });
    // While the container runs, the host path becomes a link to the secret.
    renameSync(file, `${file}.moved`);
    symlinkSync(join(base, 'secret.txt'), file);
    const [out] = await Promise.all([collect(c.stdout), c.wait()]);
    expect(out).toBe('read "original"\n');
  });
});

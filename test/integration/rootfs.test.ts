// `rootfs` containers through the library: each starts from the host directory as it is at create
// time, even though the kernel keeps the directory's tree between starts (fs/rootfs-cache.ts), and
// each gets its own writable layer over it.

import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLayer } from '../../src/image/index.js';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

/** Longer than the window in which a just-changed tree is read again rather than kept (host-tree.ts). */
const SETTLE_MS = 120;
const settle = () => new Promise((r) => setTimeout(r, SETTLE_MS));

beforeAll(async () => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-rootfs-'));
  mkdirSync(join(rootfs, 'app'));
  mkdirSync(join(rootfs, 'data'));
  writeFileSync(
    join(rootfs, 'app/show.js'),
    `const fs = require('fs');
const show = (p) => { try { const st = fs.lstatSync(p); return st.isSymbolicLink() ? '->' + fs.readlinkSync(p) : st.isFile() ? fs.readFileSync(p, 'utf8') + ':' + (st.mode & 0o777).toString(8) : 'dir'; } catch (e) { return e.code; } };
console.log(JSON.stringify(process.argv.slice(2).map(show)));
`,
  );
  writeFileSync(join(rootfs, 'data/a.txt'), 'aaaa');
  symlinkSync('a.txt', join(rootfs, 'data/link'));
  await settle();
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

async function run(cmd: string[]) {
  const c = await kernel.run({ rootfs, cmd });
  const [out, err, status] = await Promise.all([collect(c.stdout), collect(c.stderr), c.wait()]);
  kernel.remove(c);
  expect(err).toBe('');
  expect(status.exitCode).toBe(0);
  return out;
}

const show = async (...paths: string[]) =>
  JSON.parse(await run(['node', '/app/show.js', ...paths])) as string[];

describe('a rootfs directory', () => {
  it('is seen as it is at each start, whatever changed in between', async () => {
    expect(await show('/data/a.txt', '/data/link', '/data/b.txt')).toEqual(['aaaa:644', '->a.txt', 'ENOENT']);
    expect(await show('/data/a.txt')).toEqual(['aaaa:644']);

    // Same size, other bytes: only the file's times (and ctime) tell.
    writeFileSync(join(rootfs, 'data/a.txt'), 'bbbb');
    await settle();
    expect(await show('/data/a.txt')).toEqual(['bbbb:644']);

    // Other bytes of the same size, with the mtime set back to an old one: only ctime tells.
    writeFileSync(join(rootfs, 'data/a.txt'), 'cccc');
    utimesSync(join(rootfs, 'data/a.txt'), 1_000_000, 1_000_000);
    await settle();
    expect(await show('/data/a.txt')).toEqual(['cccc:644']);

    chmodSync(join(rootfs, 'data/a.txt'), 0o600);
    writeFileSync(join(rootfs, 'data/b.txt'), 'new');
    unlinkSync(join(rootfs, 'data/link'));
    symlinkSync('b.txt', join(rootfs, 'data/link'));
    await settle();
    expect(await show('/data/a.txt', '/data/b.txt', '/data/link')).toEqual([
      'cccc:600',
      'new:644',
      '->b.txt',
    ]);

    // A change right before the start (within the timestamps' granularity) is seen too.
    writeFileSync(join(rootfs, 'data/b.txt'), 'NEW');
    expect(await show('/data/b.txt')).toEqual(['NEW:644']);
    writeFileSync(join(rootfs, 'data/b.txt'), 'nEw');
    expect(await show('/data/b.txt')).toEqual(['nEw:644']);
    rmSync(join(rootfs, 'data/b.txt'));
    expect(await show('/data/b.txt')).toEqual(['ENOENT']);
  });

  it('gives each container its own writable layer: writes reach neither the host nor the next one', async () => {
    await settle();
    const out = await run([
      'node',
      '-e',
      `const fs = require('fs');
fs.writeFileSync('/data/a.txt', 'mine');
fs.writeFileSync('/data/written', 'x');
fs.rmSync('/app/show.js');
console.log(fs.readFileSync('/data/a.txt', 'utf8'), fs.existsSync('/app/show.js'));`,
    ]);
    expect(out).toBe('mine false\n');
    expect(await show('/data/a.txt', '/data/written')).toEqual(['cccc:600', 'ENOENT']);
  });

  it('exports as a flat tar of the directory with the changes made inside (docker export)', async () => {
    await settle();
    const c = await kernel.run({
      rootfs,
      cmd: [
        'node',
        '-e',
        "require('fs').writeFileSync('/data/exported', 'x'); require('fs').rmSync('/app/show.js')",
      ],
    });
    await c.wait();
    const flat = await readLayer(await c.export());
    kernel.remove(c);
    expect(flat.whiteouts.size).toBe(0);
    expect(flat.entries.has('/data/exported')).toBe(true);
    expect(flat.entries.has('/data/a.txt')).toBe(true);
    expect(flat.entries.has('/app/show.js')).toBe(false);
    // The layer alone (what a commit would store) holds the change and the deletion only.
    const c2 = await kernel.run({ rootfs, cmd: ['node', '-e', "require('fs').writeFileSync('/only', '1')"] });
    await c2.wait();
    const layer = await readLayer(await c2.layerTar());
    kernel.remove(c2);
    expect([...layer.entries.keys()]).toEqual(['/only']);
  });

  it('keeps hard links one inode and has the namespace directories', async () => {
    writeFileSync(join(rootfs, 'data/h1'), 'shared');
    linkSync(join(rootfs, 'data/h1'), join(rootfs, 'data/h2'));
    await settle();
    const out = await run([
      'node',
      '-e',
      `const fs = require('fs');
const [a, b] = ['/data/h1', '/data/h2'].map((p) => fs.statSync(p));
console.log(a.ino === b.ino, a.nlink, ['/proc', '/dev', '/etc'].every((d) => fs.statSync(d).isDirectory()));`,
    ]);
    expect(out).toBe('true 2 true\n');
  });
});

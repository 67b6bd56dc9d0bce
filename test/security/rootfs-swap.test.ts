// A --rootfs directory is host input that someone else may be changing while the kernel reads it: a
// directory of the tree swapped for a symlink to elsewhere on the host (back and forth, as fast as a
// loop can) must never bring that elsewhere's files into a container's tree.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { readHostTree } from '../../src/fs/host-tree.js';

const base = mkdtempSync(join(tmpdir(), 'tsvirt-rootfs-swap-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

it('never reads through a directory swapped for a symlink while the tree is read', async () => {
  const root = join(base, 'root');
  const secret = join(base, 'secret');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(secret);
  for (let i = 0; i < 50; i++) writeFileSync(join(root, 'sub', `f${i}`), 'public');
  for (let i = 0; i < 50; i++) writeFileSync(join(secret, `f${i}`), 'SECRET');
  // The swapper: sub becomes a link to the secret directory and back, in a tight loop.
  const swapper = spawn(
    process.execPath,
    [
      '-e',
      `const fs = require('fs'); const [sub, real, secret] = process.argv.slice(1);
       const end = Date.now() + 3000;
       while (Date.now() < end) {
         try { fs.renameSync(sub, real); fs.symlinkSync(secret, sub); fs.unlinkSync(sub); fs.renameSync(real, sub); } catch {}
       }`,
      join(root, 'sub'),
      join(root, 'sub.real'),
      secret,
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => swapper.once('exit', resolve));
  let reads = 0;
  let leaked = 0;
  const decoder = new TextDecoder();
  try {
    while (swapper.exitCode === null && reads < 5000) {
      try {
        const { tree } = readHostTree(root);
        reads++;
        for (const node of tree.nodes.values())
          if (node.type === 'file' && decoder.decode(node.data).includes('SECRET')) leaked++;
      } catch {
        // A read that meets the swap fails (changed while read, ENOENT, ELOOP): that is allowed.
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    swapper.kill();
    await exited;
  }
  expect(reads).toBeGreaterThan(0);
  expect(leaked).toBe(0);
}, 30_000);

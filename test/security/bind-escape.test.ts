// Security: a container with a bind mount of a host directory tries every way out of it — `..`,
// absolute and relative symlinks made inside the bind, and a symlink a host-side racer swaps in and
// out in a tight loop while the guest opens — and must never read the secret placed beside the bind.

import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

const SECRET = 'TOP-SECRET-7f3a9c';
let kernel: Kernel;
let base: string;
let rootfs: string;
let bind: string;

function run(script: string, extra: { readOnly?: boolean } = {}) {
  writeFileSync(join(rootfs, 'app/main.js'), script);
  return kernel.run({
    rootfs,
    cmd: ['node', '/app/main.js'],
    mounts: [{ type: 'bind', source: bind, target: '/data', ...extra }],
  });
}

async function output(script: string): Promise<{ out: string; err: string; code: number }> {
  const c = await run(script);
  const [out, err, status] = await Promise.all([collect(c.stdout), collect(c.stderr), c.wait()]);
  return { out, err, code: status.exitCode };
}

beforeAll(() => {
  kernel = new Kernel();
  base = mkdtempSync(join(tmpdir(), 'tsvirt-bind-'));
  rootfs = join(base, 'rootfs');
  bind = join(base, 'shared');
  mkdirSync(join(rootfs, 'app'), { recursive: true });
  mkdirSync(join(rootfs, 'tmp'));
  mkdirSync(bind);
  // The secret sits next to the bind root on the host, and at an absolute host path.
  writeFileSync(join(base, 'secret.txt'), SECRET);
  writeFileSync(join(bind, 'ok.txt'), 'inside');
  // Links a hostile image or a previous run could have left in the bind.
  symlinkSync('../secret.txt', join(bind, 'rel-link'));
  symlinkSync(join(base, 'secret.txt'), join(bind, 'abs-link'));
  symlinkSync(base, join(bind, 'abs-dir-link'));
});

afterAll(async () => {
  await kernel.close();
  rmSync(base, { recursive: true, force: true });
});

/** The guest's attempts: each prints what it read, or the error code it got. */
const ATTEMPTS = `
const fs = require('fs');
const tries = {
  dotdot: () => fs.readFileSync('/data/../secret.txt', 'utf8'),
  dotdotMany: () => fs.readFileSync('/data/../../../../secret.txt', 'utf8'),
  relLink: () => fs.readFileSync('/data/rel-link', 'utf8'),
  absLink: () => fs.readFileSync('/data/abs-link', 'utf8'),
  absDirLink: () => fs.readFileSync('/data/abs-dir-link/secret.txt', 'utf8'),
  newRel: () => { fs.symlinkSync('../../secret.txt', '/data/new-rel'); return fs.readFileSync('/data/new-rel', 'utf8'); },
  newAbs: () => { fs.symlinkSync(${JSON.stringify('HOSTBASE')} + '/secret.txt', '/data/new-abs'); return fs.readFileSync('/data/new-abs', 'utf8'); },
  cwdDotdot: () => { process.chdir('/data'); return fs.readFileSync('../secret.txt', 'utf8'); },
  realpath: () => fs.realpathSync('/data/rel-link'),
  readdirUp: () => fs.readdirSync('/data/..').join(','),
  hardlink: () => { fs.linkSync('/data/rel-link', '/data/hl'); return fs.readFileSync('/data/hl', 'utf8'); },
  renameOut: () => { fs.renameSync('/data/ok.txt', '/tmp/ok.txt'); return 'renamed'; },
};
for (const [name, fn] of Object.entries(tries)) {
  try { console.log(name, JSON.stringify(fn())); } catch (e) { console.log(name, e.code); }
}
`;

describe('bind mount confinement', () => {
  it('reads and writes inside the bind', async () => {
    const r = await output(
      "const fs=require('fs'); console.log(fs.readFileSync('/data/ok.txt','utf8')); fs.writeFileSync('/data/new.txt','w'); console.log(fs.readdirSync('/data').sort().join(','))",
    );
    expect(r.out).toBe('inside\nabs-dir-link,abs-link,new.txt,ok.txt,rel-link\n');
  });

  it('never reaches the host secret through .., symlinks or cwd', async () => {
    const r = await output(ATTEMPTS.replace('HOSTBASE', base));
    expect(r.err).toBe('');
    expect(r.out).not.toContain(SECRET);
    const lines = Object.fromEntries(
      r.out
        .trim()
        .split('\n')
        .map((l) => l.split(' ') as [string, string]),
    );
    // `..` at the bind root goes to the container's /, where there is no secret.
    expect(lines.dotdot).toBe('ENOENT');
    expect(lines.dotdotMany).toBe('ENOENT');
    expect(lines.relLink).toBe('ENOENT');
    expect(lines.absLink).toBe('ENOENT');
    expect(lines.absDirLink).toBe('ENOENT');
    expect(lines.newRel).toBe('ENOENT');
    expect(lines.newAbs).toBe('ENOENT');
    expect(lines.cwdDotdot).toBe('ENOENT');
    expect(lines.realpath).toBe('ENOENT');
    expect(lines.readdirUp).toContain('data');
    expect(lines.hardlink).toBe('ENOENT');
    expect(lines.renameOut).toBe('EXDEV');
  });

  it('read-only bind mounts are EROFS', async () => {
    const c = await run(
      "const fs=require('fs'); for (const f of [()=>fs.writeFileSync('/data/x','y'), ()=>fs.unlinkSync('/data/ok.txt'), ()=>fs.mkdirSync('/data/d'), ()=>fs.chmodSync('/data/ok.txt', 0o600)]) { try { f(); console.log('ok') } catch (e) { console.log(e.code) } } console.log(fs.readFileSync('/data/ok.txt','utf8'))",
      { readOnly: true },
    );
    const out = await collect(c.stdout);
    await c.wait();
    expect(out).toBe('EROFS\nEROFS\nEROFS\nEROFS\ninside\n');
  });

  it('never leaves a set-user-ID (or a file set-group-ID) bit on a host file', async () => {
    // On the host such a file would be a real setuid program of the user tsvirt runs as.
    const { out, code } = await output(`
const fs = require('fs');
fs.writeFileSync('/data/suid-create', '#!/bin/sh\\nid\\n', { mode: 0o4755 });
fs.writeFileSync('/data/suid-chmod', 'x');
fs.chmodSync('/data/suid-chmod', 0o6755);
const fd = fs.openSync('/data/suid-fchmod', 'w');
fs.fchmodSync(fd, 0o4777);
fs.closeSync(fd);
fs.mkdirSync('/data/sgid-dir', { mode: 0o2775 });
fs.chmodSync('/data/sgid-dir', 0o3775);
console.log(['suid-create', 'suid-chmod', 'suid-fchmod', 'sgid-dir'].map((f) => (fs.statSync('/data/' + f).mode & 0o7777).toString(8)).join(' '));
`);
    expect(code).toBe(0);
    const host = (f: string) => (statSync(join(bind, f)).mode & 0o7777).toString(8);
    expect([host('suid-create'), host('suid-chmod'), host('suid-fchmod')]).toEqual(['755', '755', '777']);
    // A directory keeps set-group-ID (it only passes its group on) and the sticky bit, never set-user-ID.
    expect(host('sgid-dir')).toBe('3775');
    // The guest sees what the host holds.
    expect(out).toBe('755 755 777 3775\n');
  });

  it('a symlink swapped in by a host racer is never followed out of the bind', async () => {
    // The racer flips /shared/race/dir between a real directory and a symlink to the secret's folder.
    mkdirSync(join(bind, 'race'), { recursive: true });
    const racer: ChildProcess = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');const p=${JSON.stringify(join(bind, 'race'))};
         fs.mkdirSync(p+'/real');fs.writeFileSync(p+'/real/secret.txt','decoy');
         fs.symlinkSync(${JSON.stringify(base)},p+'/link');
         const end=Date.now()+20000;
         while(Date.now()<end){
           try{fs.renameSync(p+'/real',p+'/dir');fs.renameSync(p+'/dir',p+'/real');}catch{}
           try{fs.renameSync(p+'/link',p+'/dir');fs.renameSync(p+'/dir',p+'/link');}catch{}
         }`,
      ],
      { stdio: 'ignore' },
    );
    try {
      const r = await output(`
        const fs = require('fs');
        const seen = { decoy: 0, errors: 0, leaks: 0 };
        // Race for 1.5 s, and longer (up to 10 s) on a loaded machine until the racer was seen at work.
        const end = Date.now() + 1500;
        const hardEnd = Date.now() + 10000;
        while (Date.now() < end || (seen.decoy === 0 && Date.now() < hardEnd)) {
          for (const read of [
            () => fs.readFileSync('/data/race/dir/secret.txt', 'utf8'),
            () => { const fd = fs.openSync('/data/race/dir/secret.txt', 'r'); try { return fs.readFileSync(fd, 'utf8'); } finally { fs.closeSync(fd); } },
            () => fs.readdirSync('/data/race/dir').join(','),
          ]) {
            try {
              const v = read();
              if (v.includes(${JSON.stringify(SECRET)}) || v.includes('shared')) seen.leaks++;
              else seen.decoy++;
            } catch (e) { seen.errors++; }
          }
        }
        console.log(JSON.stringify(seen));
      `);
      const seen = JSON.parse(r.out) as { decoy: number; errors: number; leaks: number };
      expect(seen.leaks).toBe(0);
      // Both states were seen, so the guest really raced the swaps.
      expect(seen.decoy).toBeGreaterThan(0);
      expect(seen.decoy + seen.errors).toBeGreaterThan(100);
    } finally {
      racer.kill('SIGKILL');
    }
  });
});

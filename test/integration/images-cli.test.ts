// The image commands through the CLI subprocess, on a fresh $TSVIRT_HOME per suite (never ~/.tsvirt):
// run of the built-in images, images/inspect/history, tag and rmi, save/load round trips with the
// same digests in both formats, import of a flat rootfs tar, and an upper layer's whiteouts.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImageStore, writeLayerTar } from '../../src/image/index.js';
import { assertBuilt, TSVIRT, tsvirt } from '../helpers/cli.js';
import { makeTar } from '../helpers/tars.js';

let home: string;
let scratch: string;
const homes: string[] = [];

function newHome(): string {
  const h = mkdtempSync(join(tmpdir(), 'tsvirt-cli-home-'));
  homes.push(h);
  return h;
}

/** Runs the CLI with TSVIRT_HOME set. */
const cli = (args: string[], h = home, input?: string) =>
  tsvirt(args, { env: { ...process.env, TSVIRT_HOME: h }, timeoutMs: 60_000, ...(input ? { input } : {}) });

/** Runs the CLI with binary stdin/stdout. */
const cliBytes = (args: string[], h: string, input?: Buffer): Buffer =>
  execFileSync(TSVIRT, args, {
    env: { ...process.env, TSVIRT_HOME: h },
    ...(input ? { input } : {}),
    maxBuffer: 1 << 28,
  });

interface Inspect {
  Id: string;
  ManifestDigest: string;
  RepoTags: string[];
}
const inspect = async (ref: string, h = home): Promise<Inspect> => {
  const r = await cli(['inspect', ref], h);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as Inspect[])[0] as Inspect;
};

beforeAll(() => {
  assertBuilt();
  home = newHome();
  scratch = mkdtempSync(join(tmpdir(), 'tsvirt-cli-files-'));
});

afterAll(() => {
  for (const h of homes) rmSync(h, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('images on a fresh TSVIRT_HOME', () => {
  it('runs hello-world and base with no other step', async () => {
    const hello = await cli(['run', '--rm', 'hello-world']);
    expect(hello.code).toBe(0);
    expect(hello.stdout).toMatch(/^\nHello from tsvirt!\n/);
    const base = await cli([
      'run',
      '--rm',
      'base',
      'node',
      '-e',
      "console.log(require('fs').readFileSync('/etc/passwd','utf8').split(':')[0])",
    ]);
    expect(base).toMatchObject({ code: 0, stdout: 'root\n' });
  });

  it('lists images as JSON, quietly and as a table', async () => {
    const json = await cli(['images', '--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as Array<{
      Repository: string;
      Tag: string;
      ID: string;
      Size: number;
    }>;
    const names = rows.map((r) => `${r.Repository}:${r.Tag}`).sort();
    expect(names).toEqual(['base:latest', 'hello-world:latest']);
    for (const r of rows) {
      expect(r.ID).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(r.Size).toBeGreaterThan(0);
    }
    const quiet = await cli(['images', '-q']);
    expect(quiet.stdout.trim().split('\n').sort()).toEqual(rows.map((r) => r.ID.slice(7, 19)).sort());
    const tableOut = await cli(['images']);
    expect(tableOut.stdout.split('\n')[0]).toMatch(/^REPOSITORY\s+TAG\s+IMAGE ID\s+CREATED\s+SIZE$/);
  });

  it('inspects (both spellings) and shows history', async () => {
    const a = await inspect('base');
    expect(a.RepoTags).toEqual(['base:latest']);
    const b = await cli(['image', 'inspect', 'base:latest']);
    expect((JSON.parse(b.stdout) as Inspect[])[0]?.Id).toBe(a.Id);
    const missing = await cli(['inspect', 'nope']);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toBe('tsvirt: No such image: nope\n');
    const h = await cli(['history', 'hello-world']);
    expect(h.code).toBe(0);
    expect(h.stdout).toMatch(/^IMAGE\s+CREATED\s+CREATED BY\s+SIZE\s+COMMENT\n[0-9a-f]{12}\s+/);
  });

  it('tags and removes names; an unknown image is a one-line error', async () => {
    expect((await cli(['tag', 'base', 'mine:1'])).code).toBe(0);
    expect((await inspect('mine:1')).Id).toBe((await inspect('base')).Id);
    const rmi = await cli(['rmi', 'mine:1']);
    expect(rmi).toMatchObject({ code: 0, stdout: 'Untagged: mine:1\n' });
    const again = await cli(['rmi', 'mine:1']);
    expect(again.code).toBe(125);
    expect(again.stderr.trim().split('\n')).toHaveLength(1);
    expect(again.stderr).toMatch(/^tsvirt: No such image: mine:1/);
  });

  it('every image command has --help', async () => {
    for (const cmd of [
      ['images'],
      ['inspect'],
      ['image', 'inspect'],
      ['history'],
      ['tag'],
      ['rmi'],
      ['save'],
      ['load'],
      ['import'],
    ]) {
      const r = await cli([...cmd, '--help']);
      expect(r.code, cmd.join(' ')).toBe(0);
      expect(r.stdout).toContain(`Usage:  tsvirt ${cmd.join(' ')}`);
    }
  });
});

describe('save and load', () => {
  it('round-trips through a docker archive file with identical digests', async () => {
    const file = join(scratch, 'images.tar');
    expect((await cli(['save', '-o', file, 'base', 'hello-world'])).code).toBe(0);
    const other = newHome();
    const load = await cli(['load', '-i', file], other);
    expect(load.code).toBe(0);
    expect(load.stdout.split('\n').filter(Boolean).sort()).toEqual([
      'Loaded image: base:latest',
      'Loaded image: hello-world:latest',
    ]);
    for (const ref of ['base', 'hello-world']) {
      const [x, y] = [await inspect(ref), await inspect(ref, other)];
      expect([y.Id, y.ManifestDigest]).toEqual([x.Id, x.ManifestDigest]);
    }
    const run = await cli(['run', '--rm', 'hello-world'], other);
    expect(run.stdout).toContain('Hello from tsvirt!');
  });

  it('round-trips an OCI archive through stdout and stdin', async () => {
    await cli(['tag', 'base', 'oci-test:2']);
    const tar = cliBytes(['save', '--format', 'oci', 'oci-test:2'], home);
    const other = newHome();
    const out = cliBytes(['load'], other, tar).toString();
    expect(out).toBe('Loaded image: oci-test:2\n');
    const [x, y] = [await inspect('oci-test:2'), await inspect('oci-test:2', other)];
    expect([y.Id, y.ManifestDigest]).toEqual([x.Id, x.ManifestDigest]);
  });

  it('refuses a bad format and a corrupt archive, leaving the store as it was', async () => {
    const fmt = await cli(['save', '--format', 'zip', 'base']);
    expect(fmt.code).toBe(125);
    expect(fmt.stderr).toMatch(/^tsvirt: invalid argument "zip" for "--format" flag/);
    const bad = join(scratch, 'bad.tar');
    writeFileSync(bad, 'this is not a tar archive at all');
    const before = (await cli(['images', '--json'])).stdout;
    const load = await cli(['load', '-i', bad]);
    expect(load.code).toBe(125);
    expect(load.stderr.trim().split('\n')).toHaveLength(1);
    expect((await cli(['images', '--json'])).stdout).toBe(before);
  });
});

describe('import and whiteouts', () => {
  it('imports a flat rootfs tar (file and stdin) as a runnable image', async () => {
    const tar = await makeTar([
      { name: 'app/', type: 'directory', mode: 0o755 },
      {
        name: 'app/hi.js',
        data: "console.log('imported', require('fs').statSync('/app/hi.js').mode & 0o777)\n",
        mode: 0o640,
      },
    ]);
    const file = join(scratch, 'rootfs.tar');
    writeFileSync(file, tar);
    const imp = await cli(['import', file, 'imp:1']);
    expect(imp.code).toBe(0);
    expect(imp.stdout).toMatch(/^sha256:[0-9a-f]{64}\n$/);
    expect((await inspect('imp:1')).Id).toBe(imp.stdout.trim());
    const run = await cli(['run', '--rm', 'imp:1', 'node', '/app/hi.js']);
    expect(run).toMatchObject({ code: 0, stdout: `imported ${0o640}\n` });
    const fromStdin = cliBytes(['import', '-', 'imp:2'], home, tar).toString().trim();
    expect(fromStdin).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect((await inspect('imp:2')).RepoTags).toEqual(['imp:2']);
    const run2 = await cli(['run', '--rm', 'imp:2', 'node', '/app/hi.js']);
    expect(run2.stdout).toBe(`imported ${0o640}\n`);
  });

  it('a file deleted in an upper layer is not in the container', async () => {
    const store = new ImageStore({ home });
    const layer = await writeLayerTar({
      entries: new Map(),
      whiteouts: new Set(['/etc/os-release']),
      opaque: new Set(),
    });
    await store.createImage({ base: 'base', layers: [layer], tags: ['nohosts:1'] });
    const probe =
      "const fs=require('fs');console.log(fs.existsSync('/etc/os-release'), fs.readdirSync('/etc').includes('os-release'))";
    expect((await cli(['run', '--rm', 'nohosts:1', 'node', '-e', probe])).stdout).toBe('false false\n');
    expect((await cli(['run', '--rm', 'base', 'node', '-e', probe])).stdout).toBe('true true\n');
  });
});

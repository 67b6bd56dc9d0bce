// The module loader through the library API, for what the differential suite cannot show: node options
// before the script (--input-type=module), stdin programs, Node 20's ERR_REQUIRE_ESM (the host's node
// may be newer and load ESM with require), host details kept out of guest errors, per-process caches.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

const FILES: Record<string, string> = {
  'app/esm.mjs': "export const answer = 42;\nexport default 'esm default';\n",
  'app/req-esm.cjs':
    "const m = require('./esm.mjs'); console.log(m.answer, m.default, m.__esModule); try { require('./tla-reject.mjs'); } catch (e) { console.log(e.code); }\n",
  'app/missing-dep.mjs': "import './nowhere.mjs';\n",
  'app/bad-link.mjs': "import { nope } from './esm.mjs';\n",
  'app/throws.mjs': "throw new RangeError('at top level');\n",
  'app/tla-reject.mjs': "await new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 5));\n",
  'app/counter.mjs': 'globalThis.evals = (globalThis.evals ?? 0) + 1;\nexport const n = globalThis.evals;\n',
  'app/twice.mjs':
    "const a = await import('./counter.mjs');\nconst b = await import('./counter.mjs?again');\nconst c = await import('./counter.mjs');\nconsole.log(a === c, a.n, globalThis.evals);\n",
  'app/exit-in-module.mjs': "console.log('before');\nprocess.exit(7);\n",
  'app/missing-builtins.mjs':
    "for (const id of ['cluster', 'node:http2', 'node:test']) await import(id).catch((e) => console.log(e.code, e.message));\n",
  'app/exit-in-tick.mjs': "process.nextTick(() => process.exit(9));\nconsole.log('body');\n",
  'app/hook-probe.mjs':
    "console.log(typeof globalThis.__tsvirt_esm);\nawait import('tsvirt:esm').catch((e) => console.log(e.code));\n",
};

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-modules-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(dirname(join(rootfs, rel)), { recursive: true });
    writeFileSync(join(rootfs, rel), text);
  }
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

async function run(cmd: string[], stdin?: string): Promise<{ out: string; err: string; code: number }> {
  const c = await kernel.run({ rootfs, cmd, workdir: '/app', openStdin: stdin !== undefined });
  const out = collect(c.stdout);
  const err = collect(c.stderr);
  if (stdin !== undefined) c.stdin.end(stdin);
  const status = await c.wait();
  return { out: await out, err: await err, code: status.exitCode };
}

describe('ES module entry points', () => {
  it('runs -e code as a module with --input-type=module', async () => {
    const r = await run([
      'node',
      '--input-type=module',
      '-e',
      "import { answer } from './esm.mjs'; console.log(answer, import.meta.url, typeof require);",
    ]);
    expect(r.out).toBe('42 file:///app/[eval1] undefined\n');
    expect(r.code).toBe(0);
  });

  it('reads a module program from stdin with --input-type module', async () => {
    const r = await run(
      ['node', '--input-type', 'module'],
      "const m = await import('./esm.mjs'); console.log(m.default);\n",
    );
    expect(r.out).toBe('esm default\n');
    expect(r.code).toBe(0);
  });

  it('supports import() in CommonJS -e code', async () => {
    const r = await run(['node', '-e', "import('./esm.mjs').then((m) => console.log(m.answer))"]);
    expect(r.out).toBe('42\n');
  });
});

describe('ES module failures', () => {
  it('require() of an ES module returns its namespace (Node 20.19+), and refuses a graph with top-level await', async () => {
    const r = await run(['node', 'req-esm.cjs']);
    expect(r.out).toBe('42 esm default true\nERR_REQUIRE_ASYNC_MODULE\n');
  });

  it('a missing dependency of the main module exits 1 with ERR_MODULE_NOT_FOUND', async () => {
    const r = await run(['node', 'missing-dep.mjs']);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find module '/app/nowhere.mjs' imported from /app/missing-dep.mjs",
    );
  });

  it('an import of a Node builtin tsvirt lacks is ERR_NOT_IMPLEMENTED, as its require() is', async () => {
    const r = await run(['node', 'missing-builtins.mjs']);
    expect(r.out).toBe(
      [
        'ERR_NOT_IMPLEMENTED node:cluster is not implemented in tsvirt',
        'ERR_NOT_IMPLEMENTED node:http2 is not implemented in tsvirt',
        'ERR_NOT_IMPLEMENTED node:test is not implemented in tsvirt',
        '',
      ].join('\n'),
    );
  });

  it('link and evaluation errors reach the guest without host frames', async () => {
    for (const file of ['bad-link.mjs', 'throws.mjs', 'tla-reject.mjs']) {
      const r = await run(['node', file]);
      expect(r.code).toBe(1);
      expect(r.err).not.toMatch(/dist\/|src\/platform|src\/kernel|node:internal|\/work\//);
    }
    expect((await run(['node', 'bad-link.mjs'])).err).toContain(
      "SyntaxError: The requested module './esm.mjs' does not provide an export named 'nope'",
    );
    expect((await run(['node', 'throws.mjs'])).err).toContain('RangeError: at top level');
    expect((await run(['node', 'tla-reject.mjs'])).err).toContain('Error: late');
  });

  it('process.exit inside module evaluation and in its ticks ends the process', async () => {
    const a = await run(['node', 'exit-in-module.mjs']);
    expect(a).toMatchObject({ out: 'before\n', code: 7 });
    const b = await run(['node', 'exit-in-tick.mjs']);
    expect(b).toMatchObject({ out: 'body\n', code: 9 });
  });
});

describe('module map', () => {
  it('evaluates each URL once per process; a query makes a new instance', async () => {
    const r = await run(['node', 'twice.mjs']);
    expect(r.out).toBe('true 1 2\n');
  });

  it('keeps the loader hooks out of guest reach', async () => {
    const r = await run(['node', 'hook-probe.mjs']);
    expect(r.out).toBe('undefined\nERR_UNSUPPORTED_ESM_URL_SCHEME\n');
  });
});

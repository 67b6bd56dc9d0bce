// Bench suite "modules": what loading a program's own CommonJS code costs inside a container started
// from a warm pool, beside the same program in a fresh `node` process measured in the same run. The
// package is generated: 200 modules of a few KiB each, required in a chain from one index, once from
// the main module's synchronous code (the loader evaluates them itself) and once from inside a
// microtask (the kernel compiles them with their file as the origin, from V8's code cache after the
// first container). Also the whole container (start, run hello.js, exit) with the same kernel, so a
// loader change that slows starting shows here too.

import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kernel } from '../../../dist/index.js';
import { benchHome, collect, QUICK, runIn, summary, target } from '../lib.mjs';

const N = { container: QUICK ? 6 : 40, node: QUICK ? 4 : 20 };
const MODULES = 200;

/** One generated module: a few functions and a class, ~3 KiB, requiring the next module. */
function moduleText(i) {
  const fns = Array.from(
    { length: 12 },
    (_, j) =>
      `function f${j}(a, b) {\n  const out = [];\n  for (let k = 0; k < a.length; k++) out.push(a[k] * ${j} + b);\n  return out.filter((x) => x % 2 === 0).map(String).join(',');\n}`,
  ).join('\n');
  const next = i + 1 < MODULES ? `require('./m${i + 1}.js')` : 'null';
  return `'use strict';\n${fns}\nclass C${i} {\n  constructor(x) { this.x = x; }\n  get twice() { return this.x * 2; }\n}\nexports.n = ${i};\nexports.C = C${i};\nexports.fns = [${Array.from({ length: 12 }, (_, j) => `f${j}`).join(', ')}];\nexports.next = ${next};\n`;
}

const PROGRAM = `const t0 = performance.now();
const pkg = require('./pkg');
const ms = performance.now() - t0;
let n = 0;
for (let m = pkg; m; m = m.next) n++;
console.log(JSON.stringify({ ms, n }));
`;

/** The same require, from inside a microtask (after an await, as lazy loads in async code are). */
const PROGRAM_MICRO = `(async () => {
  await null;
  const t0 = performance.now();
  const pkg = require('./pkg');
  const ms = performance.now() - t0;
  let n = 0;
  for (let m = pkg; m; m = m.next) n++;
  console.log(JSON.stringify({ ms, n }));
})();
`;

function makeRootfs() {
  const root = mkdtempSync(join(tmpdir(), 'tsvirt-bench-modules-'));
  mkdirSync(join(root, 'app/pkg'), { recursive: true });
  writeFileSync(join(root, 'app/pkg/package.json'), '{"name":"pkg","main":"m0.js"}\n');
  for (let i = 0; i < MODULES; i++) writeFileSync(join(root, `app/pkg/m${i}.js`), moduleText(i));
  writeFileSync(join(root, 'app/main.js'), PROGRAM);
  writeFileSync(join(root, 'app/micro.js'), PROGRAM_MICRO);
  writeFileSync(join(root, 'app/hello.js'), "console.log('hello');\n");
  return root;
}

function parse(text) {
  const r = JSON.parse(text);
  if (r.n !== MODULES) throw new Error(`loaded ${r.n} modules, expected ${MODULES}`);
  return r.ms;
}

/** Samples (ms) of the require, and of a whole hello.js container, from a warm pool. */
async function inContainers(rootfs, n) {
  const kernel = new Kernel({ home: benchHome('modules'), warmPool: 1 });
  try {
    await kernel.warm();
    await runIn(kernel, rootfs, '/app/hello.js');
    const require200 = [];
    const micro = [];
    const hello = [];
    for (let i = 0; i < n; i++) {
      await kernel.warm();
      require200.push(parse(await runIn(kernel, rootfs, '/app/main.js')));
      await kernel.warm();
      micro.push(parse(await runIn(kernel, rootfs, '/app/micro.js')));
      await kernel.warm();
      const t0 = performance.now();
      await runIn(kernel, rootfs, '/app/hello.js');
      hello.push(performance.now() - t0);
    }
    return { require200: summary(require200), micro: summary(micro), hello: summary(hello) };
  } finally {
    await kernel.close();
  }
}

async function inNode(rootfs, n, script) {
  const samples = [];
  for (let i = 0; i < n; i++) {
    const p = spawn(process.execPath, [join(rootfs, script)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const out = collect(p.stdout);
    const code = await new Promise((resolve) => p.once('exit', resolve));
    if (code !== 0) throw new Error(`node ${script} exited ${code}`);
    samples.push(parse(out()));
  }
  return summary(samples);
}

export const name = 'modules';

/** Runs the suite; returns table rows, targets and the raw figures for results.json. */
export async function run(progress) {
  const rootfs = makeRootfs();
  try {
    const guest = await inContainers(rootfs, N.container);
    progress('containers', [guest.require200.p50, guest.micro.p50, guest.hello.p50]);
    const host = await inNode(rootfs, N.node, 'app/main.js');
    const hostMicro = await inNode(rootfs, N.node, 'app/micro.js');
    progress('node', [host.p50, hostMicro.p50]);
    const rows = [
      [
        `require of a ${MODULES}-module package, container`,
        guest.require200.p50,
        guest.require200.p95,
        'ms',
        '',
      ],
      ['  baseline fresh node process', host.p50, host.p95, 'ms', guest.require200.p50 / host.p50],
      [`the same from inside a microtask (origin), container`, guest.micro.p50, guest.micro.p95, 'ms', ''],
      ['  baseline fresh node process', hostMicro.p50, hostMicro.p95, 'ms', guest.micro.p50 / hostMicro.p50],
      ['container start + hello.js + exit (warm pool)', guest.hello.p50, guest.hello.p95, 'ms', ''],
    ];
    return {
      rows,
      targets: { require200VsNode: target(guest.require200.p50 / host.p50, 3) },
      notes: [
        `${MODULES} modules of ~3 KiB in a require chain; ${N.container} containers, ${N.node} node runs`,
      ],
      results: {
        counts: N,
        require200: guest.require200,
        micro: guest.micro,
        hello: guest.hello,
        node: host,
        nodeMicro: hostMicro,
      },
    };
  } finally {
    rmSync(rootfs, { recursive: true, force: true });
  }
}

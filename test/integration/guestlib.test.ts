// Guest builtins where a differential run against real node cannot show the behaviour: tsvirt's own
// clear errors for what an isolate cannot do, output that carries the pid, and terminal-mode readline.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import { collect } from '../helpers/streams.js';

let kernel: Kernel;
let rootfs: string;

function program(name: string, code: string): string {
  writeFileSync(join(rootfs, 'app', name), code);
  return `/app/${name}`;
}

async function run(
  path: string,
  opts: { tty?: boolean; stdin?: string; columns?: number } = {},
): Promise<{ out: string; err: string; code: number | null }> {
  const c = await kernel.run({
    rootfs,
    cmd: ['node', path],
    openStdin: true,
    ...(opts.tty ? { tty: true, ttySize: { columns: opts.columns ?? 80, rows: 24 } } : {}),
  });
  const out = collect(c.stdout);
  const err = opts.tty ? Promise.resolve('') : collect(c.stderr);
  c.stdin.end(opts.stdin ?? '');
  const status = await c.wait();
  return { out: await out, err: await err, code: status.exitCode };
}

beforeAll(() => {
  kernel = new Kernel();
  rootfs = mkdtempSync(join(tmpdir(), 'tsvirt-guestlib-'));
  mkdirSync(join(rootfs, 'app'));
  mkdirSync(join(rootfs, 'tmp'));
});

afterAll(async () => {
  await kernel.close();
  rmSync(rootfs, { recursive: true, force: true });
});

describe('clear errors for what an isolate cannot do', () => {
  it('names each unavailable API with a stable code', async () => {
    const p = program(
      'unavailable.js',
      `
      const tries = {
        watch: () => require('fs').watch('/tmp'),
        watchFile: () => require('fs').watchFile('/tmp', () => {}),
        statfs: () => require('fs').statfsSync('/tmp'),
        createContext: () => require('vm').createContext({}),
        runInNewContext: () => require('vm').runInNewContext('1'),
        Worker: () => new (require('worker_threads').Worker)('x.js'),
        serialize: () => require('v8').serialize({}),
      };
      for (const [name, f] of Object.entries(tries)) {
        try { f(); console.log(name, 'did not throw'); } catch (e) { console.log(name, e.code); }
      }
      require('fs').promises.statfs('/tmp').catch((e) => console.log('promises.statfs', e.code, e.syscall));
      `,
    );
    const { out, code } = await run(p);
    expect(code).toBe(0);
    expect(out.trim().split('\n')).toEqual([
      'watch ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'watchFile ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      'statfs ENOSYS',
      'createContext ERR_NOT_IMPLEMENTED',
      'runInNewContext ERR_NOT_IMPLEMENTED',
      'Worker ERR_NOT_IMPLEMENTED',
      'serialize ERR_NOT_IMPLEMENTED',
      'promises.statfs ENOSYS statfs',
    ]);
  });
});

describe('kernel-backed facts', () => {
  it('v8.getHeapStatistics reports the isolate heap the kernel measures', async () => {
    const p = program(
      'heap.js',
      `const h = require('v8').getHeapStatistics();
       const m = process.memoryUsage();
       console.log(h.used_heap_size > 0, h.heap_size_limit > h.used_heap_size, h.heap_size_limit === m.heapTotal);`,
    );
    const { out } = await run(p);
    expect(out).toBe('true true true\n');
  });

  it('process.memoryUsage grows with what the program keeps, without running its queued callbacks', async () => {
    // Figures are the isolate's as of the end of the previous turn: allocate in one turn, read in a
    // later one. The read itself must not run the nextTick and the reaction queued before it.
    const p = program(
      'memory.js',
      `const order = [];
       const a = process.memoryUsage();
       const keep = [];
       setTimeout(() => {
         for (let i = 0; i < 200000; i++) keep.push({ i, s: 'item ' + i });
         setTimeout(() => {
           process.nextTick(() => order.push('tick'));
           Promise.resolve().then(() => order.push('micro'));
           const b = process.memoryUsage();
           const r = process.resourceUsage();
           order.push('read');
           setTimeout(() => {
             console.log(a.heapUsed > 1e6, b.heapUsed > a.heapUsed + 5e6, b.rss >= b.heapUsed,
               r.maxRSS * 1024 >= b.heapUsed, order.join(','), keep.length);
           }, 1);
         }, 1);
       }, 1);`,
    );
    const { out, err } = await run(p);
    expect(err).toBe('');
    expect(out).toBe('true true true true read,tick,micro 200000\n');
  });
});

describe('process warnings', () => {
  it('prints Node-formatted warnings with the container pid, before listeners run', async () => {
    const p = program(
      'warn.js',
      `process.on('warning', (w) => process.stderr.write('listener ' + w.name + '\\n'));
       process.emitWarning('first', 'CustomWarning', 'W1');
       process.emitWarning('second', { type: 'Other', detail: 'some detail' });`,
    );
    const { err } = await run(p);
    expect(err).toBe(
      [
        '(node:1) [W1] CustomWarning: first',
        '(Use `node --trace-warnings ...` to show where the warning was created)',
        'listener CustomWarning',
        '(node:1) Other: second',
        'some detail',
        'listener Other',
        '',
      ].join('\n'),
    );
  });
});

describe('readline on a terminal', () => {
  it('edits the line in raw mode: echo, backspace, enter', async () => {
    const p = program(
      'tty-readline.js',
      `const rl = require('readline').createInterface({ input: process.stdin, output: process.stdout });
       console.log('terminal', rl.terminal, process.stdout.columns, process.stdin.isRaw);
       rl.question('? ', (a) => { console.log('[' + a + ']'); rl.close(); });`,
    );
    const { out, code } = await run(p, { tty: true, stdin: 'abx\u007fc\r', columns: 99 });
    expect(code).toBe(0);
    expect(out).toContain('terminal true 99 true');
    expect(out).toContain('[abc]');
  });
});

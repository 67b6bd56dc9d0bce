// Integration: a container's terminal resized through the library (what `tsvirt run -t` does when the
// host terminal changes size): the guest's stdout reports the new size, emits 'resize', and SIGWINCH
// reaches a listener — in that order, as in Node. Without a terminal nothing is signalled.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';

let kernel: Kernel;
beforeAll(() => {
  kernel = new Kernel();
});
afterAll(async () => {
  await kernel.close();
});

const PROGRAM = [
  "console.log('start', process.stdout.columns, process.stdout.rows);",
  "process.stdout.on('resize', () => console.log('resize', process.stdout.getWindowSize().join('x')));",
  "process.on('SIGWINCH', () => { console.log('winch', process.stdout.columns); process.exit(0); });",
  'setInterval(() => {}, 1000);',
].join('\n');

describe('container.resize', () => {
  it("updates the guest's terminal size, emits 'resize', then delivers SIGWINCH", async () => {
    const c = await kernel.run({
      image: 'base',
      tty: true,
      ttySize: { columns: 80, rows: 24 },
      cmd: ['node', '-e', PROGRAM],
    });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    while (!out.includes('start')) await new Promise((r) => setTimeout(r, 20));
    c.resize(132, 43);
    expect((await c.wait()).exitCode).toBe(0);
    expect(out.replaceAll('\r\n', '\n')).toBe('start 80 24\nresize 132x43\nwinch 132\n');
    expect(c.terminalSize).toEqual({ columns: 132, rows: 43 });
  });

  it('rejects sizes that are not terminal sizes, and signals nobody without a terminal', async () => {
    const c = await kernel.run({
      image: 'base',
      cmd: ['node', '-e', "process.on('SIGWINCH', () => console.log('winch')); setTimeout(() => {}, 300);"],
    });
    let out = '';
    c.stdout.setEncoding('utf8').on('data', (d: string) => {
      out += d;
    });
    expect(() => c.resize(0, 10)).toThrow(RangeError);
    expect(() => c.resize(80.5, 10)).toThrow(RangeError);
    c.resize(100, 30);
    expect((await c.wait()).exitCode).toBe(0);
    expect(out).toBe('');
  });
});

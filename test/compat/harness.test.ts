// Test zone: the differential harness itself: it must see differences (a harness that always agrees
// proves nothing), kill a runaway case at its deadline, reject bad sidecars and feed stdin to both sides.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kernel } from '../../src/index.js';
import {
  type CaseOptions,
  caseOptions,
  compareRuns,
  diffLines,
  type RunResult,
  runInNode,
  runInTsvirt,
  stageCase,
} from './harness.js';

// Made in beforeAll, not at import: a filtered run imports this file without running its hooks.
let scratch = '';
let kernel: Kernel;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tsvirt-harness-'));
  kernel = new Kernel({ logger: () => {} });
});
afterAll(async () => {
  await kernel?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function caseFile(name: string, code: string, sidecar?: object): string {
  const file = join(scratch, name);
  writeFileSync(file, code);
  if (sidecar) writeFileSync(file.replace(/\.js$/, '.json'), JSON.stringify(sidecar));
  return file;
}

const ok = (stdout: string, code = 0, stderr = ''): RunResult => ({ stdout, stderr, code, timedOut: false });

describe('diffLines', () => {
  it('marks removed and added lines and elides far context', () => {
    const a = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'x', 'end'].join('\n');
    const b = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'y', 'end'].join('\n');
    expect(diffLines(a, b, 1)).toBe(['  …', '  9', '+ y', '- x', '  end'].join('\n'));
  });
});

describe('compareRuns', () => {
  it('agrees on equal runs and reports stdout, exit code and stderr differences', () => {
    expect(compareRuns(ok('a\n'), ok('a\n'), {})).toBe('');
    expect(compareRuns(ok('a\n'), ok('b\n'), {})).toContain('stdout differs');
    expect(compareRuns(ok('a\n', 0), ok('a\n', 1), {})).toContain('exit code differs: node 0, tsvirt 1');
    expect(compareRuns(ok('', 0, 'x\n'), ok('', 0, 'y\n'), {})).toBe('');
    expect(compareRuns(ok('', 0, 'x\n'), ok('', 0, 'y\n'), { compareStderr: true })).toContain(
      'stderr differs',
    );
  });

  it('compares only the stderr tail or the frame-less stderr when asked', () => {
    const node = ok('', 1, 'head\n    at node:internal/x:1:1\nError: e\n\nNode.js v20\n');
    const ours = ok('', 1, 'head\n    at Object.eval (/app/a.js:1:1)\nError: e\n\nNode.js v20\n');
    expect(compareRuns(node, ours, { stderrTail: 3 })).toBe('');
    expect(compareRuns(node, ours, { stderrWithoutFrames: true })).toBe('');
    expect(compareRuns(node, ok('', 1, 'other\n'), { stderrWithoutFrames: true })).toContain(
      'without frames',
    );
  });

  it('reports a timeout', () => {
    expect(compareRuns(ok(''), { ...ok(''), timedOut: true }, { timeoutMs: 5 })).toContain(
      'timed out after 5 ms',
    );
  });
});

describe('caseOptions', () => {
  it('rejects unknown keys and ill-typed values', () => {
    expect(() => caseOptions(caseFile('typo.js', '', { compareStdErr: true }))).toThrow(/unknown option/);
    expect(() => caseOptions(caseFile('badargs.js', '', { args: [1] }))).toThrow(/args/);
    expect(caseOptions(caseFile('none.js', ''))).toEqual({});
  });
});

describe('running both sides', () => {
  it('kills a case that runs past its budget, on both sides', async () => {
    const file = caseFile('spin.js', 'console.log("start"); for (;;) {}');
    const opts: CaseOptions = { timeoutMs: 1500 };
    const staged = stageCase(file, opts);
    try {
      const [node, ours] = await Promise.all([
        runInNode(file, opts, staged),
        runInTsvirt(kernel, file, opts, staged),
      ]);
      expect(node.timedOut).toBe(true);
      expect(ours.timedOut).toBe(true);
      expect(ours.code).toBe(137);
    } finally {
      staged.cleanup();
    }
  });

  it('gives both sides the same stdin, args, env, files and a container-view of paths', async () => {
    const code = [
      "const fs = require('fs');",
      "let input = '';",
      "process.stdin.on('data', (c) => (input += c));",
      "process.stdin.on('end', () => {",
      "  console.log(JSON.stringify(input), process.argv.slice(2).join(','), process.env.CASE_VAR, process.env.TZ);",
      "  console.log(fs.readFileSync('data/in.txt', 'utf8').trim(), __filename, process.cwd());",
      '});',
    ].join('\n');
    const opts: CaseOptions = {
      stdin: 'line 1\nline 2\n',
      args: ['a', 'b'],
      env: { CASE_VAR: 'v' },
      files: { 'data/in.txt': 'from a file\n' },
    };
    const file = caseFile('io.js', code);
    const staged = stageCase(file, opts);
    try {
      const [node, ours] = await Promise.all([
        runInNode(file, opts, staged),
        runInTsvirt(kernel, file, opts, staged),
      ]);
      const expected = '"line 1\\nline 2\\n" a,b v UTC\nfrom a file /app/io.js /app\n';
      expect(node.stdout).toBe(expected);
      expect(compareRuns(node, ours, opts)).toBe('');
    } finally {
      staged.cleanup();
    }
  });
});

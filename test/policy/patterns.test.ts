// Test zone: banned patterns (STYLE.md): `any` outside declaration files, console output from host
// subsystems (they report through a logger), evaluation of strings on the host, default exports outside
// the runtime's builtin modules, and the one-line header comment every file starts with.

import { describe, expect, it } from 'vitest';
import { type SourceFile, sourceFiles } from './source.js';

const files = sourceFiles().filter((f) => f.rel.endsWith('.ts'));

function codeLines(f: SourceFile): Array<[number, string]> {
  // Comments and string contents are blanked so prose ("any file") does not trip the patterns.
  const text = f.text
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g, "''")
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
  return text.split('\n').map((line, i) => [i + 1, line]);
}

function find(select: (f: SourceFile) => boolean, re: RegExp): string[] {
  const out: string[] = [];
  for (const f of files.filter(select)) {
    for (const [n, line] of codeLines(f)) if (re.test(line)) out.push(`${f.rel}:${n}: ${line.trim()}`);
  }
  return out;
}

const HOST_DIRS = [
  'src/kernel/',
  'src/fs/',
  'src/platform/',
  'src/abi/',
  'src/proc/',
  'src/net/',
  'src/cgroup/',
  'src/image/',
  'src/daemon/',
];
// Unit tests beside the code may print (and quote console calls in fixtures); shipped code may not.
const isHostSubsystem = (f: SourceFile) =>
  HOST_DIRS.some((d) => f.rel.startsWith(d)) && !f.rel.endsWith('.test.ts');

describe('banned patterns', () => {
  it('no `any` outside .d.ts files', () => {
    expect(find((f) => !f.rel.endsWith('.d.ts'), /(:\s*any\b|\bas\s+any\b|<any>|\bany\[\])/)).toEqual([]);
  });

  it('no console output from kernel, fs, platform, abi and other host subsystems', () => {
    expect(find(isHostSubsystem, /\bconsole\.(log|info|warn|error|debug)\(/)).toEqual([]);
  });

  it('host code never evaluates strings (eval, new Function, vm)', () => {
    const host = (f: SourceFile) => !f.rel.startsWith('src/runtime/') && !f.rel.startsWith('src/userland/');
    expect(find(host, /\beval\(|\bnew Function\(|from 'node:vm'/)).toEqual([]);
  });

  it('no debugger statements', () => {
    expect(find(() => true, /\bdebugger\b/)).toEqual([]);
  });

  it('named exports only, except the runtime builtin modules (src/runtime/node/*)', () => {
    const select = (f: SourceFile) => !f.rel.startsWith('src/runtime/node/') && !f.rel.endsWith('.d.ts');
    expect(find(select, /^\s*export\s+default\b/)).toEqual([]);
  });

  it('every file starts with a header comment naming its role', () => {
    const missing = files.filter((f) => !/^(#!.*\n)?\s*(\/\/|\/\*)/.test(f.text)).map((f) => f.rel);
    expect(missing).toEqual([]);
  });
});

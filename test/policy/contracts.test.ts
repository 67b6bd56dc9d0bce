// Test zone: the shared contracts stay in sync: the syscall names in src/abi/syscalls.ts are exactly
// the kernel's table, and every builtin module named in src/abi/builtins.ts has a runtime factory.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_MODULES } from '../../src/abi/builtins.js';
import { SYSCALLS } from '../../src/kernel/syscalls/table.js';
import { REPO } from './source.js';

/**
 * Syscalls the ABI already names whose kernel handler lands with another branch; each says which.
 * The test fails once the kernel has one, so the entry cannot outlive its reason.
 */
const PENDING_IN_KERNEL: Record<string, string> = {};

/** The keys of `interface SyscallSpec` (the ABI is a type, so its names are read from the source). */
function abiSyscallNames(): string[] {
  const text = readFileSync(join(REPO, 'src/abi/syscalls.ts'), 'utf8');
  const start = text.indexOf('export interface SyscallSpec');
  const body = text.slice(start, text.indexOf('\n}', start));
  return [...body.matchAll(/^\s+'([a-z]+\.[A-Za-z0-9]+)'\??:/gm)].map((m) => m[1] as string).sort();
}

/** The names the runtime's builtin registry has a factory for. */
function registryNames(): string[] {
  const text = readFileSync(join(REPO, 'src/runtime/internal/builtins.ts'), 'utf8');
  const start = text.indexOf('const factories');
  const body = text.slice(start, text.indexOf('\n};', start));
  return [...body.matchAll(/^\s+(?:'([^']+)'|([A-Za-z_$][\w$]*)):/gm)]
    .map((m) => (m[1] ?? m[2]) as string)
    .sort();
}

describe('shared contracts', () => {
  it('the abi names some syscalls (the parser works)', () => {
    expect(abiSyscallNames()).toContain('fs.open');
    expect(abiSyscallNames().length).toBeGreaterThan(20);
  });

  it('every syscall in src/abi/syscalls.ts is in the kernel table', () => {
    const missing = abiSyscallNames().filter((n) => !SYSCALLS.has(n) && !Object.hasOwn(PENDING_IN_KERNEL, n));
    expect(missing).toEqual([]);
  });

  it('every pending syscall is still pending (and still in the abi)', () => {
    for (const name of Object.keys(PENDING_IN_KERNEL)) {
      expect(SYSCALLS.has(name), `${name} is in the kernel now: drop it from PENDING_IN_KERNEL`).toBe(false);
      expect(abiSyscallNames()).toContain(name);
    }
  });

  it('every syscall in the kernel table is in src/abi/syscalls.ts', () => {
    const abi = new Set(abiSyscallNames());
    const extra = [...SYSCALLS.keys()].filter((n) => !abi.has(n));
    expect(extra).toEqual([]);
  });

  it('every syscall entry has a support level, a note unless full, and a handler unless unsupported', () => {
    for (const [name, entry] of SYSCALLS) {
      expect(['full', 'partial', 'unsupported'], `${name}: support`).toContain(entry.support);
      if (entry.support !== 'full')
        expect(entry.note, `${name} is ${entry.support}: say what is missing`).toBeTruthy();
      if (entry.support !== 'unsupported')
        expect(entry.sync ?? entry.async, `${name} has no handler`).toBeTypeOf('function');
    }
  });

  it('every builtin named in src/abi/builtins.ts has a registry factory, and vice versa', () => {
    expect(registryNames()).toContain('fs');
    expect(registryNames()).toEqual([...BUILTIN_MODULES].sort());
  });
});

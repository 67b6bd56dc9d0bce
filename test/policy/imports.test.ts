// Test zone: import boundaries between the trust zones (ARCHITECTURE.md "Layout", STYLE.md rule 1):
// which directories may import which host packages, and that guest and abi code import nothing host-side.

import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import { packageOf, resolveRelative, type SourceFile, sourceFiles } from './source.js';

/** Host packages only one subsystem may import. */
const OWNED_PACKAGES: Record<string, string> = {
  'isolated-vm': 'src/platform/',
  memfs: 'src/fs/tmpfs/',
  'tar-stream': 'src/image/',
  yargs: 'src/cli/',
};

/**
 * Known exceptions, each with why and until when. The VFS v0 (src/fs/vfs.ts) keeps one memfs volume
 * directly; the VFS branch moves memfs behind src/fs/tmpfs/. Remove the entry when that lands; the
 * test below fails if an entry is no longer needed, so the list cannot go stale.
 */
const ALLOWED_EXCEPTIONS: ReadonlyArray<{ file: string; pkg: string; why: string }> = [];

/** Polyfill packages the guest bundle may import (bundled by esbuild, not host code). */
const GUEST_PACKAGES = new Set([
  'buffer',
  'events',
  'readable-stream',
  'util',
  'path-browserify',
  'string_decoder',
  'url',
  'querystring-es3',
  'assert',
  'whatwg-url',
  '@ungap/structured-clone',
  'event-target-shim',
  'node-inspect-extracted',
  'web-streams-polyfill',
  'cjs-module-lexer',
  'es-module-lexer',
  'punycode',
]);

const NODE_BUILTINS = new Set(builtinModules);
const files = sourceFiles();
/** Build scripts (build.mjs) are host tooling that bundles the guest; they are in neither zone. */
const isBuildTool = (rel: string) => rel.endsWith('/build.mjs') || rel === 'src/build.mjs';
const isGuest = (f: SourceFile) =>
  (f.rel.startsWith('src/runtime/') || f.rel.startsWith('src/userland/')) && !isBuildTool(f.rel);

function violations(check: (f: SourceFile, spec: string) => string | null): string[] {
  const out: string[] = [];
  for (const f of files) {
    for (const spec of f.imports) {
      const problem = check(f, spec);
      if (problem) out.push(`${f.rel}: ${problem}`);
    }
  }
  return out;
}

describe('import boundaries', () => {
  it('sees the source tree (the scanner itself works)', () => {
    expect(files.length).toBeGreaterThan(20);
    const isolate = files.find((f) => f.rel === 'src/platform/isolate.ts');
    expect(isolate?.imports).toContain('isolated-vm');
  });

  for (const [pkg, owner] of Object.entries(OWNED_PACKAGES)) {
    it(`only ${owner} imports ${pkg}`, () => {
      const found = violations((f, spec) => {
        if (packageOf(spec) !== pkg || f.rel.startsWith(owner)) return null;
        if (ALLOWED_EXCEPTIONS.some((e) => e.file === f.rel && e.pkg === pkg)) return null;
        return `imports ${spec}`;
      });
      expect(found).toEqual([]);
    });
  }

  it('every allow-listed exception is still needed', () => {
    for (const e of ALLOWED_EXCEPTIONS) {
      const f = files.find((x) => x.rel === e.file);
      expect(
        f?.imports.some((s) => packageOf(s) === e.pkg),
        `${e.file} no longer imports ${e.pkg}`,
      ).toBe(true);
    }
  });

  it('guest code (src/runtime, src/userland) imports only guest code, abi and bundled polyfills', () => {
    const found = violations((f, spec) => {
      if (!isGuest(f)) return null;
      if (spec.startsWith('.')) {
        const target = resolveRelative(f.rel, spec);
        const zone = f.rel.startsWith('src/runtime/') ? 'src/runtime/' : 'src/userland/';
        return target.startsWith(zone) || target.startsWith('src/abi/') ? null : `reaches ${target}`;
      }
      // Userland programs are ordinary Node programs: `require('node:fs')` reaches the runtime's own
      // builtin inside the isolate, never the host's. The runtime itself must not name node: modules.
      if (spec.startsWith('node:'))
        return f.rel.startsWith('src/userland/') ? null : `imports host module ${spec}`;
      return GUEST_PACKAGES.has(packageOf(spec)) ? null : `imports ${spec}, not a bundled guest package`;
    });
    expect(found).toEqual([]);
  });

  it('src/abi imports nothing but itself', () => {
    const found = violations((f, spec) => {
      if (!f.rel.startsWith('src/abi/')) return null;
      if (spec.startsWith('.') && resolveRelative(f.rel, spec).startsWith('src/abi/')) return null;
      return `imports ${spec}`;
    });
    expect(found).toEqual([]);
  });

  it('host code never imports guest code', () => {
    const found = violations((f, spec) => {
      if (isGuest(f) || isBuildTool(f.rel) || !spec.startsWith('.')) return null;
      const target = resolveRelative(f.rel, spec);
      return target.startsWith('src/runtime/') || target.startsWith('src/userland/')
        ? `reaches ${target}`
        : null;
    });
    expect(found).toEqual([]);
  });

  it('host code names Node builtins with the node: prefix', () => {
    const found = violations((f, spec) => {
      // Unit tests quote guest programs (`require('fs')` in a fixture string), which are not imports.
      if (isGuest(f) || f.rel.endsWith('.mjs') || f.rel.endsWith('.test.ts')) return null;
      return NODE_BUILTINS.has(spec) && !spec.startsWith('node:')
        ? `imports '${spec}' (use 'node:${spec}')`
        : null;
    });
    expect(found).toEqual([]);
  });
});

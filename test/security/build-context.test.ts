// Security: `tsvirt build` with a hostile context (forked, see fork.ts). Symlinks pointing outside the
// context are copied as links and never followed, `..` in COPY sources (also via a glob or
// `--from`) is refused, and ADD of a hostile tar is rejected by the hardened layer reader with the
// store's image list unchanged; the host secret reaches no blob and no build output.

import { beforeAll, describe, expect, it } from 'vitest';
import { endedWell, requireBuild, runCase } from './fork.js';

interface Attempt {
  ok: boolean;
  name?: string;
  message?: string;
  output: string;
}
interface Result {
  attempts: Record<string, Attempt>;
  readlinks?: string;
  imagesSame: boolean;
  escapedOnHost: string[];
  secretInStore: boolean;
  secret: string;
  error?: string;
}

let r: Result;

beforeAll(async () => {
  requireBuild();
  const o = await runCase<Result>('build-context', null, 240_000);
  expect(endedWell(o), o.stderr).toBe(true);
  r = o.result as Result;
  expect(r.error).toBeUndefined();
}, 300_000);

describe('build context confinement', () => {
  it('copies symlinks to outside the context as links and never reads through them', () => {
    const links = r.attempts.links as Attempt;
    expect(links.ok, links.message).toBe(true);
    expect(links.output).not.toContain(r.secret);
    expect(links.output).toContain('No such file or directory');
    expect(r.readlinks?.trim()).toMatch(/\/outside\/secret\.txt \/.*\/outside true$/);
    expect(r.secretInStore).toBe(false);
  });

  it('refuses `..` in COPY sources, directly, inside a path, in a glob and with --from', () => {
    for (const name of ['dotdot', 'dotdotInner', 'globUp', 'fromDotdot']) {
      const a = r.attempts[name] as Attempt;
      expect(a.ok, name).toBe(false);
      expect(a.name).toBe('BuildError');
      expect(a.message).toMatch(/^Containerfile:2: COPY .*: forbidden path outside the build context$/);
    }
  });

  it('rejects ADD of hostile tars with one line naming the problem, store unchanged', () => {
    const want: Record<string, RegExp> = {
      'add-traversal': /contains '\.\.'/,
      'add-absolute': /is an absolute path/,
      'add-linkEscape': /escapes the root|traverses a symlink/,
      'add-hardlinkEscape': /contains '\.\.'|escapes|outside/,
      'add-device': /device|not allowed|unsupported/,
    };
    for (const [name, re] of Object.entries(want)) {
      const a = r.attempts[name] as Attempt;
      expect(a.ok, name).toBe(false);
      expect(a.name, name).toBe('BuildError');
      expect(a.message, name).toMatch(/^Containerfile:2: ADD failed: /);
      expect(a.message, name).toMatch(re);
      expect(a.message?.includes('\n'), name).toBe(false);
    }
    expect(r.imagesSame).toBe(true);
    expect(r.escapedOnHost).toEqual([]);
  });
});

// Unit tests: `.dockerignore` matching with Docker's semantics — components, `*`, `?`, `**`, classes,
// leading `/` and `./`, parent-directory matches, `!` exceptions where the last match wins.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IgnoreMatcher } from './ignore.js';

const m = (...p: string[]) => new IgnoreMatcher(p);

describe('IgnoreMatcher', () => {
  it('matches whole paths relative to the context root, and everything under a matched directory', () => {
    const i = m('node_modules', '/dist/', './tmp');
    expect(i.ignores('node_modules')).toBe(true);
    expect(i.ignores('node_modules/x/y.js')).toBe(true);
    expect(i.ignores('src/node_modules')).toBe(false); // not `**/node_modules`
    expect(i.ignores('dist/a.js')).toBe(true);
    expect(i.ignores('tmp')).toBe(true);
    expect(i.ignores('tmpfile')).toBe(false);
  });

  it('* and ? stay within one component; ** crosses any number', () => {
    const i = m('*.log', 'a?c', 'docs/**/*.md', '**/cache');
    expect(i.ignores('x.log')).toBe(true);
    expect(i.ignores('sub/x.log')).toBe(false);
    expect(i.ignores('abc')).toBe(true);
    expect(i.ignores('a/c')).toBe(false);
    expect(i.ignores('docs/a.md')).toBe(true);
    expect(i.ignores('docs/x/y/a.md')).toBe(true);
    expect(i.ignores('cache')).toBe(true);
    expect(i.ignores('deep/er/cache/file')).toBe(true);
  });

  it('character classes and escapes', () => {
    const i = m('file[0-9].txt', 'lit\\*');
    expect(i.ignores('file7.txt')).toBe(true);
    expect(i.ignores('filex.txt')).toBe(false);
    expect(i.ignores('lit*')).toBe(true);
    expect(i.ignores('litx')).toBe(false);
  });

  it('! exceptions: the last matching rule wins', () => {
    const i = m('*.md', '!README.md', 'README-secret.md');
    expect(i.ignores('CHANGES.md')).toBe(true);
    expect(i.ignores('README.md')).toBe(false);
    const j = m('build', '!build/keep.txt');
    expect(j.ignores('build/drop')).toBe(true);
    expect(j.ignores('build/keep.txt')).toBe(false);
    expect(j.mayReinclude('build')).toBe(true);
    expect(j.mayReinclude('node_modules')).toBe(false);
    expect(m('x', '!**/keep').mayReinclude('x')).toBe(true);
    expect(m('!x', 'x').ignores('x')).toBe(true);
  });

  it('comments and blank lines are skipped', () => {
    const i = IgnoreMatcher.parse('# *.js\n\n  \n*.tmp\n');
    expect(i.ignores('a.js')).toBe(false);
    expect(i.ignores('a.tmp')).toBe(true);
    expect(IgnoreMatcher.parse('# nothing\n').empty).toBe(true);
  });

  it('a literal pattern ignores exactly that path and what is under it', () => {
    const seg = fc.stringMatching(/^[a-z]{1,4}$/);
    fc.assert(
      fc.property(
        fc.array(seg, { minLength: 1, maxLength: 4 }),
        fc.array(seg, { maxLength: 3 }),
        (p, rest) => {
          const i = m(p.join('/'));
          expect(i.ignores([...p, ...rest].join('/'))).toBe(true);
          expect(i.ignores([...p.slice(0, -1), `${p[p.length - 1]}x`].join('/'))).toBe(false);
        },
      ),
    );
  });
});

// Host zone: `.containerignore` / `.dockerignore` with Docker's pattern semantics — one pattern a
// line, `#` comments, paths relative to the context root (a leading `/` is dropped, `.`/`..` cleaned),
// `*` and `?` within one path component, `**` across any number of them, `[a-z]` classes, `\` to
// escape, `!` for exceptions, and the last matching pattern wins. A pattern that matches a directory
// matches everything under it.

import { posix } from 'node:path';

interface Rule {
  negate: boolean;
  re: RegExp;
  /** The pattern's literal part before its first wildcard (`build/keep` of `build/keep*`). */
  prefix: string;
}

/** Cleans a pattern or path the way Go's filepath.Clean does, relative to the context root. */
function clean(p: string): string {
  const c = posix.normalize(`/${p}`).slice(1);
  return c.endsWith('/') ? c.slice(0, -1) : c;
}

/** Translates one pattern into an anchored regular expression. */
export function patternToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i] as string;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        // `**/` is zero or more whole directories; a trailing `**` is anything below.
        if (pattern[i + 1] === '/') {
          i++;
          re += '(?:.*/)?';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        re += '\\[';
        continue;
      }
      let cls = pattern.slice(i + 1, end);
      if (cls.startsWith('^') || cls.startsWith('!')) cls = `^${cls.slice(1)}`;
      re += `[${cls.replace(/\\/g, '\\\\')}]`;
      i = end;
    } else if (c === '\\' && i + 1 < pattern.length) {
      i++;
      re += escapeRe(pattern[i] as string);
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function escapeRe(c: string): string {
  return /[.*?+^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/** A compiled ignore file. */
export class IgnoreMatcher {
  private readonly rules: Rule[];

  constructor(patterns: readonly string[]) {
    this.rules = [];
    for (const raw of patterns) {
      let p = raw.trim();
      if (p === '' || p.startsWith('#')) continue;
      const negate = p.startsWith('!');
      if (negate) p = p.slice(1).trim();
      p = clean(p);
      if (p === '' || p === '.') continue;
      this.rules.push({ negate, re: patternToRegExp(p), prefix: p.slice(0, p.search(/[*?[\\]|$/)) });
    }
  }

  /** Parses an ignore file's text. */
  static parse(text: string): IgnoreMatcher {
    return new IgnoreMatcher(text.split(/\r?\n/));
  }

  /** True when there are no rules (nothing is ignored). */
  get empty(): boolean {
    return this.rules.length === 0;
  }

  /**
   * True when `rel` (a context-relative path) is excluded: the last rule that matches the path or
   * one of its parent directories decides.
   */
  ignores(rel: string): boolean {
    const path = clean(rel);
    if (path === '') return false;
    const parts = path.split('/');
    let ignored = false;
    for (const rule of this.rules) {
      let hit = false;
      for (let n = parts.length; n >= 1 && !hit; n--) hit = rule.re.test(parts.slice(0, n).join('/'));
      if (hit) ignored = !rule.negate;
    }
    return ignored;
  }

  /**
   * True when directory `rel`, although ignored, must still be walked: some exception (`!`) could
   * re-include a path below it (its literal prefix leads into the directory, or it starts with a
   * wildcard).
   */
  mayReinclude(rel: string): boolean {
    const dir = `${clean(rel)}/`;
    return this.rules.some((r) => r.negate && (dir.startsWith(r.prefix) || r.prefix.startsWith(dir)));
  }
}

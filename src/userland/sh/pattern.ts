// Guest zone (userland /bin/sh): shell patterns (`*`, `?`, `[…]`) for case, `${v#p}` and globbing.
// Patterns arrive with quoted characters backslash-escaped, so quoting makes them literal.

import { fs } from './node-api.js';

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: '\\x20-\\x7e',
  graph: '\\x21-\\x7e',
};

const reEsc = (c: string) => c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/** The regex source for a pattern (no anchors). */
export function patternSource(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i] as string;
    if (c === '\\') {
      i++;
      out += reEsc(p[i] ?? '\\');
    } else if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '[') {
      const end = bracketEnd(p, i);
      if (end < 0) {
        out += '\\[';
        continue;
      }
      let body = p.slice(i + 1, end);
      let neg = false;
      // dash negates with `!` only: `[^a]` matches `^` or `a`.
      if (body[0] === '!') {
        neg = true;
        body = body.slice(1);
      }
      let cls = '';
      for (let j = 0; j < body.length; j++) {
        const m = /^\[:([a-z]+):\]/.exec(body.slice(j));
        if (m) {
          cls += CLASSES[m[1] as string] ?? '';
          j += m[0].length - 1;
        } else if (body[j] === '\\') cls += reEsc(body[++j] ?? '');
        else if (body[j] === '-' && j > 0 && j < body.length - 1) {
          // A reversed range (`[z-a]`) matches nothing, as in dash; a regex would reject it.
          const from = body.charCodeAt(j - 1);
          const to = body.charCodeAt(j + 1);
          if (to < from) {
            cls = cls.slice(0, -reEsc(body[j - 1] as string).length);
            j++;
          } else cls += '-';
        } else cls += reEsc(body[j] as string);
      }
      out += `[${neg ? '^' : ''}${cls}]`;
      i = end;
    } else out += reEsc(c);
  }
  return out;
}

function bracketEnd(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '!') j++;
  if (p[j] === ']') j++;
  for (; j < p.length; j++) {
    if (p[j] === '[' && p[j + 1] === ':') {
      const k = p.indexOf(':]', j + 2);
      if (k > 0) j = k + 1;
    } else if (p[j] === ']') return j;
  }
  return -1;
}

/** Whole-string match of `s` against pattern `p`. */
export function matchPattern(p: string, s: string): boolean {
  return new RegExp(`^${patternSource(p)}$`).test(s);
}

/** True when the pattern has an unescaped glob character. */
export function hasMeta(p: string): boolean {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') i++;
    else if (p[i] === '*' || p[i] === '?' || (p[i] === '[' && bracketEnd(p, i) > 0)) return true;
  }
  return false;
}

/** Removes the backslash escapes a pattern carries. */
export function unescapePattern(p: string): string {
  return p.replace(/\\([\s\S])/g, '$1');
}

/** Strips the shortest/longest prefix or suffix matching `p` (`${v#p}` and friends). */
export function trimPattern(s: string, p: string, suffix: boolean, longest: boolean): string {
  const re = new RegExp(`^${patternSource(p)}$`);
  const n = s.length;
  if (!suffix) {
    for (let k = longest ? n : 0; longest ? k >= 0 : k <= n; k += longest ? -1 : 1)
      if (re.test(s.slice(0, k))) return s.slice(k);
  } else {
    for (let k = longest ? 0 : n; longest ? k <= n : k >= 0; k += longest ? 1 : -1)
      if (re.test(s.slice(k))) return s.slice(0, k);
  }
  return s;
}

/** Pathname expansion: the sorted matches of `p` relative to `cwd`, or [] when none. */
export function glob(p: string, cwd: string): string[] {
  const abs = p.startsWith('/');
  const parts = p.split('/').filter((x, i) => x !== '' || i === 0);
  let bases: string[] = [abs ? '/' : ''];
  const segs = abs ? parts.slice(1) : parts;
  // `*/` matches directories only.
  const dirsOnly = p.endsWith('/');
  for (let i = 0; i < segs.length; i++) {
    const seg = segs[i] as string;
    const last = i === segs.length - 1;
    const next: string[] = [];
    for (const base of bases) {
      const dir = base === '' ? cwd : base.startsWith('/') ? base : `${cwd}/${base}`;
      if (!hasMeta(seg)) {
        const name = unescapePattern(seg);
        const cand = base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
        if (last || isDir(cand.startsWith('/') ? cand : `${cwd}/${cand}`)) next.push(cand);
        continue;
      }
      let names: string[];
      try {
        names = fs.readdirSync(dir || '/');
      } catch {
        continue;
      }
      // A pattern that starts with a dot also matches `.` and `..`, as dash's readdir sees them.
      if (seg.startsWith('.') || seg.startsWith('\\.')) names = ['.', '..', ...names];
      const re = new RegExp(`^${patternSource(seg)}$`);
      for (const name of names.sort()) {
        if (name.startsWith('.') && !seg.startsWith('.') && !seg.startsWith('\\.')) continue;
        if (!re.test(name)) continue;
        const cand = base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
        if ((!last || dirsOnly) && !isDir(cand.startsWith('/') ? cand : `${cwd}/${cand}`)) continue;
        next.push(cand);
      }
    }
    bases = next;
  }
  if (p.endsWith('/')) bases = bases.map((b) => `${b}/`);
  return bases.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

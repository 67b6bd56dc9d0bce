// Guest zone: node:path's win32 flavour (path.win32), written for tsvirt. Programs and packages on
// Linux call it to handle Windows paths as strings (drive letters, UNC shares, both separators), so it
// never touches the filesystem: resolve() falls back to the process's cwd as Node's win32.resolve
// does on a POSIX host. One root parser serves every function; the scans follow Node's results.

import { invalidArgType, validateString } from '../internal/errors.js';

const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const COLON = 0x3a;
const DOT = 0x2e;

const isSep = (c: number): boolean => c === SLASH || c === BACKSLASH;
const isDriveLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const hasDrive = (p: string): boolean =>
  p.length >= 2 && isDriveLetter(p.charCodeAt(0)) && p.charCodeAt(1) === COLON;

/** What starts a Windows path: its device (`C:` or `\\server\share`), where the root ends, whether absolute. */
interface Root {
  device: string;
  /** Index of the first character after the root (and after a UNC share's name). */
  end: number;
  absolute: boolean;
  /** A complete UNC root `\\server\share`; `end` is then just past the share name. */
  unc: boolean;
}

/** Reads a path's root the way every win32 function in Node agrees on. */
function parseRoot(p: string): Root {
  const len = p.length;
  if (len === 0) return { device: '', end: 0, absolute: false, unc: false };
  const c0 = p.charCodeAt(0);
  if (isSep(c0)) {
    if (len > 1 && isSep(p.charCodeAt(1))) {
      const unc = parseUnc(p);
      if (unc) return { device: `\\\\${unc.server}\\${unc.share}`, end: unc.end, absolute: true, unc: true };
    }
    return { device: '', end: 1, absolute: true, unc: false };
  }
  if (hasDrive(p)) {
    const absolute = len > 2 && isSep(p.charCodeAt(2));
    return { device: p.slice(0, 2), end: absolute ? 3 : 2, absolute, unc: false };
  }
  return { device: '', end: 0, absolute: false, unc: false };
}

/** `\\server\share…`: both names non-empty, any run of separators between them. */
function parseUnc(p: string): { server: string; share: string; end: number } | undefined {
  const len = p.length;
  let j = 2;
  while (j < len && !isSep(p.charCodeAt(j))) j++;
  if (j === 2 || j >= len) return undefined;
  const server = p.slice(2, j);
  while (j < len && isSep(p.charCodeAt(j))) j++;
  if (j >= len) return undefined;
  const shareStart = j;
  while (j < len && !isSep(p.charCodeAt(j))) j++;
  return { server, share: p.slice(shareStart, j), end: j };
}

/** Folds `.` and `..` segments; keeps leading `..` when the path may climb (a relative path). */
function foldSegments(tail: string, allowAboveRoot: boolean): string {
  const out: string[] = [];
  let climbs = 0;
  for (const seg of tail.split(/[\\/]+/)) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') out.push(seg);
    else if (out.length > 0) out.pop();
    else if (allowAboveRoot) climbs++;
  }
  return [...Array<string>(climbs).fill('..'), ...out].join('\\');
}

const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;

function normalize(p: string): string {
  validateString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  const root = parseRoot(p);
  if (root.unc && root.end === len) return `${root.device}\\`;
  let tail = root.end < len ? foldSegments(p.slice(root.end), !root.absolute) : '';
  if (tail.length === 0 && !root.absolute) tail = '.';
  if (tail.length > 0 && isSep(p.charCodeAt(len - 1))) tail += '\\';
  // A relative path must not turn into one Windows reads as a drive or a device (`a/../c:x`, `con:`).
  if (!root.absolute && root.device === '' && p.includes(':')) {
    if (hasDrive(tail)) return `.\\${tail}`;
    for (let i = p.indexOf(':'); i !== -1; i = p.indexOf(':', i + 1)) {
      if (i === len - 1 || isSep(p.charCodeAt(i + 1))) return `.\\${tail}`;
    }
    const colon = p.indexOf(':');
    if (RESERVED.test(p.slice(0, colon))) return `.\\${tail}`;
  }
  if (root.device === '') return root.absolute ? `\\${tail}` : tail;
  return root.absolute ? `${root.device}\\${tail}` : `${root.device}${tail}`;
}

function isAbsolute(p: string): boolean {
  validateString(p, 'path');
  if (p.length === 0) return false;
  return isSep(p.charCodeAt(0)) || (p.length > 2 && hasDrive(p) && isSep(p.charCodeAt(2)));
}

function cwd(): string {
  return (globalThis as unknown as { process: { cwd(): string } }).process.cwd();
}

function env(name: string): string | undefined {
  return (globalThis as unknown as { process: { env: Record<string, string | undefined> } }).process.env[
    name
  ];
}

function resolve(...args: string[]): string {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let p: string;
    if (i >= 0) {
      p = args[i] as string;
      validateString(p, `paths[${i}]`);
      if (p.length === 0) continue;
    } else if (device.length === 0) {
      p = cwd();
    } else {
      // A drive-relative path (`C:x`) resolves against that drive's own cwd (Windows keeps it in `=C:`).
      const driveCwd = env(`=${device}`) ?? cwd();
      const sameDrive = driveCwd.slice(0, 2).toLowerCase() === device.toLowerCase();
      p = !sameDrive && driveCwd.charCodeAt(2) === BACKSLASH ? `${device}\\` : driveCwd;
    }
    const root = parseRoot(p);
    if (root.device.length > 0) {
      if (device.length === 0) device = root.device;
      else if (root.device.toLowerCase() !== device.toLowerCase()) continue;
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = `${p.slice(root.end)}\\${tail}`;
      absolute = root.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = foldSegments(tail, !absolute);
  return absolute ? `${device}\\${tail}` : `${device}${tail}` || '.';
}

function join(...args: string[]): string {
  const parts: string[] = [];
  for (const a of args) {
    validateString(a, 'path');
    if (a.length > 0) parts.push(a);
  }
  const first = parts[0];
  if (first === undefined) return '.';
  let joined = parts.join('\\');
  // Keep a UNC root only when the first part itself starts one (`\\server`); collapse any other
  // run of leading separators to one, so joining `\\` and `server` cannot invent a UNC path.
  let leading = 0;
  let collapse = true;
  if (isSep(first.charCodeAt(0))) {
    leading = 1;
    if (first.length > 1 && isSep(first.charCodeAt(1))) {
      leading = 2;
      if (first.length > 2) {
        if (isSep(first.charCodeAt(2))) leading = 3;
        else collapse = false;
      }
    }
  }
  if (collapse) {
    while (leading < joined.length && isSep(joined.charCodeAt(leading))) leading++;
    if (leading >= 2) joined = `\\${joined.slice(leading)}`;
  }
  return normalize(joined);
}

function relative(from: string, to: string): string {
  validateString(from, 'from');
  validateString(to, 'to');
  if (from === to) return '';
  const fromOrig = resolve(from);
  const toOrig = resolve(to);
  if (fromOrig === toOrig) return '';
  // Windows paths compare case-insensitively; the answer keeps `to`'s own spelling.
  const f = fromOrig.toLowerCase();
  const t = toOrig.toLowerCase();
  if (f === t) return '';
  const trim = (s: string): [number, number] => {
    let start = 0;
    while (start < s.length && s.charCodeAt(start) === BACKSLASH) start++;
    let end = s.length;
    while (end - 1 > start && s.charCodeAt(end - 1) === BACKSLASH) end--;
    return [start, end];
  };
  const [fromStart, fromEnd] = trim(f);
  let [toStart, toEnd] = trim(t);
  const fromLen = fromEnd - fromStart;
  const toLen = toEnd - toStart;
  const length = Math.min(fromLen, toLen);
  let lastSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = f.charCodeAt(fromStart + i);
    if (c !== t.charCodeAt(toStart + i)) break;
    if (c === BACKSLASH) lastSep = i;
  }
  if (i !== length) {
    // Different drives or shares: nothing in common, so the answer is the absolute target.
    if (lastSep === -1) return toOrig;
  } else {
    if (toLen > length) {
      if (t.charCodeAt(toStart + i) === BACKSLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);
    }
    if (fromLen > length) {
      if (f.charCodeAt(fromStart + i) === BACKSLASH) lastSep = i;
      else if (i === 2) lastSep = 3;
    }
    if (lastSep === -1) lastSep = 0;
  }
  let up = '';
  for (i = fromStart + lastSep + 1; i <= fromEnd; ++i) {
    if (i === fromEnd || f.charCodeAt(i) === BACKSLASH) up += up.length === 0 ? '..' : '\\..';
  }
  toStart += lastSep;
  if (up.length > 0) return `${up}${toOrig.slice(toStart, toEnd)}`;
  if (toOrig.charCodeAt(toStart) === BACKSLASH) ++toStart;
  return toOrig.slice(toStart, toEnd);
}

function toNamespacedPath(p: string): string {
  if (typeof p !== 'string' || p.length === 0) return p;
  const full = resolve(p);
  if (full.length <= 2) return p;
  if (full.charCodeAt(0) === BACKSLASH) {
    const c2 = full.charCodeAt(2);
    if (full.charCodeAt(1) === BACKSLASH && c2 !== 0x3f && c2 !== DOT) return `\\\\?\\UNC\\${full.slice(2)}`;
    return full;
  }
  if (hasDrive(full) && full.charCodeAt(2) === BACKSLASH) return `\\\\?\\${full}`;
  return full;
}

/** Where the directory part ends for dirname/parse: after the root, a UNC share counts as root. */
function rootLength(p: string): number {
  const root = parseRoot(p);
  if (root.unc) return root.end === p.length ? root.end : root.end + 1;
  return root.end;
}

function dirname(p: string): string {
  validateString(p, 'path');
  const len = p.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(p.charCodeAt(0)) ? p : '.';
  const root = parseRoot(p);
  if (root.unc && root.end === len) return p;
  const offset = rootLength(p);
  let end = -1;
  let sawName = false;
  for (let i = len - 1; i >= offset; --i) {
    if (!isSep(p.charCodeAt(i))) sawName = true;
    else if (sawName) {
      end = i;
      break;
    }
  }
  if (end === -1) return offset === 0 ? '.' : p.slice(0, offset);
  return p.slice(0, end);
}

/** The last name in `p` from `start` on: [begin, end), or end -1 when there is none. */
function lastName(p: string, start: number): [number, number] {
  let end = -1;
  let i = p.length - 1;
  for (; i >= start; --i) {
    if (!isSep(p.charCodeAt(i))) {
      if (end === -1) end = i + 1;
    } else if (end !== -1) break;
  }
  return [i + 1, end];
}

function basename(p: string, suffix?: string): string {
  if (suffix !== undefined) validateString(suffix, 'suffix');
  validateString(p, 'path');
  const [begin, end] = lastName(p, hasDrive(p) ? 2 : 0);
  if (end === -1) return '';
  const name = p.slice(begin, end);
  if (suffix === undefined || suffix.length === 0 || suffix.length > p.length) return name;
  if (suffix === p) return '';
  // Node strips the suffix only when it ends the name and is not the whole name.
  if (name !== suffix && name.endsWith(suffix)) return name.slice(0, name.length - suffix.length);
  return name;
}

/** Splits a name into [stem, ext] by Node's rules: a leading dot and `..` are not extensions. */
function splitExt(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name === '..') return [name, ''];
  return [name.slice(0, dot), name.slice(dot)];
}

function extname(p: string): string {
  validateString(p, 'path');
  const [begin, end] = lastName(p, hasDrive(p) ? 2 : 0);
  if (end === -1) return '';
  return splitExt(p.slice(begin, end))[1];
}

interface ParsedPath {
  root: string;
  dir: string;
  base: string;
  ext: string;
  name: string;
}

function parse(p: string): ParsedPath {
  validateString(p, 'path');
  const ret: ParsedPath = { root: '', dir: '', base: '', ext: '', name: '' };
  if (p.length === 0) return ret;
  const rootEnd = rootLength(p);
  ret.root = p.slice(0, rootEnd);
  const [begin, end] = lastName(p, rootEnd);
  if (end !== -1) {
    ret.base = p.slice(begin, end);
    [ret.name, ret.ext] = splitExt(ret.base);
  }
  ret.dir = begin > 0 && begin !== rootEnd ? p.slice(0, begin - 1) : ret.root;
  return ret;
}

function format(obj: Partial<ParsedPath>): string {
  if (obj === null || typeof obj !== 'object') throw invalidArgType('pathObject', 'of type object', obj);
  const dir = obj.dir || obj.root;
  const ext = obj.ext ? `${obj.ext.startsWith('.') ? '' : '.'}${obj.ext}` : '';
  const file = obj.base || `${obj.name || ''}${ext}`;
  if (!dir) return file;
  return dir === obj.root ? `${dir}${file}` : `${dir}\\${file}`;
}

const named = <F extends (...a: never[]) => unknown>(name: string, fn: F): F =>
  Object.defineProperty(fn, 'name', { value: name });

/** path.win32: the functions plus sep/delimiter; `posix` and `win32` are linked by path.ts. */
export const win32 = {
  resolve: named('resolve', resolve),
  normalize: named('normalize', normalize),
  isAbsolute: named('isAbsolute', isAbsolute),
  join: named('join', join),
  relative: named('relative', relative),
  toNamespacedPath: named('toNamespacedPath', toNamespacedPath),
  dirname: named('dirname', dirname),
  basename: named('basename', basename),
  extname: named('extname', extname),
  format: named('format', format),
  parse: named('parse', parse),
  sep: '\\' as const,
  delimiter: ';' as const,
  win32: undefined as unknown,
  posix: undefined as unknown,
  _makeLong: named('_makeLong', toNamespacedPath),
};

// Guest zone: node:path (POSIX), from path-browserify, resolving against the process's cwd, with
// Node's argument errors (ERR_INVALID_ARG_TYPE naming each argument) and Node's path.format.
// path.win32 is tsvirt's own (path-win32.ts); each flavour links to both, as in Node.

import pathBrowserify from 'path-browserify';
import { invalidArgType, validateString } from '../internal/errors.js';
import { win32 } from './path-win32.js';

type PathModule = typeof pathBrowserify & {
  posix: unknown;
  win32: unknown;
  toNamespacedPath(p: string): string;
};

const base = pathBrowserify;
const path = { ...base } as PathModule;
const cwd = () => (globalThis as unknown as { process: { cwd(): string } }).process.cwd();

path.resolve = function resolve(...segments: string[]) {
  for (const [i, s] of segments.entries()) validateString(s, `paths[${i}]`);
  return base.resolve(cwd(), ...segments);
};
path.join = function join(...segments: string[]) {
  for (const s of segments) validateString(s, 'path');
  return base.join(...segments);
};
path.relative = function relative(from: string, to: string) {
  validateString(from, 'from');
  validateString(to, 'to');
  return base.relative(path.resolve(from), path.resolve(to));
};
path.basename = function basename(p: string, suffix?: string) {
  validateString(p, 'path');
  if (suffix !== undefined) validateString(suffix, 'suffix');
  return base.basename(p, suffix);
};
for (const name of ['normalize', 'isAbsolute', 'dirname', 'extname', 'parse'] as const) {
  const fn = base[name] as (p: string) => unknown;
  const checked = (p: string) => {
    validateString(p, 'path');
    return fn(p);
  };
  Object.defineProperty(checked, 'name', { value: name });
  (path as unknown as Record<string, unknown>)[name] = checked;
}
path.format = function format(obj: {
  dir?: string;
  root?: string;
  base?: string;
  name?: string;
  ext?: string;
}) {
  if (obj === null || typeof obj !== 'object') throw invalidArgType('pathObject', 'of type object', obj);
  const dir = obj.dir || obj.root;
  // Node adds the dot a bare extension lacks ({ name: 'f', ext: 'js' } is f.js).
  const ext = obj.ext ? `${obj.ext.startsWith('.') ? '' : '.'}${obj.ext}` : '';
  const file = obj.base || `${obj.name || ''}${ext}`;
  if (!dir) return file;
  return dir === obj.root ? `${dir}${file}` : `${dir}/${file}`;
};
path.toNamespacedPath = function toNamespacedPath(p: string) {
  return p;
};
path.posix = path;
path.win32 = win32;
win32.posix = path;
win32.win32 = win32;

export default path;

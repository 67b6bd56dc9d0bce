// Guest zone: path helpers of the CommonJS loader (dirname, absolute, node_modules lookup paths).

import { boot } from './state.js';

/** The directory part of an absolute path. */
export function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/** A path made absolute against the process's cwd and normalised. */
export function absolute(p: string): string {
  const joined = p.startsWith('/') ? p : `${boot().cwd}/${p}`;
  const out: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

/** The node_modules folders a require from `from` searches, innermost first (Module._nodeModulePaths). */
export function nodeModulePaths(from: string): string[] {
  const out: string[] = [];
  const parts = absolute(from).split('/').filter(Boolean);
  for (let i = parts.length; i >= 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    out.push(`/${[...parts.slice(0, i), 'node_modules'].join('/')}`);
  }
  return out;
}

/** Whether a request names a path rather than a package. */
export function isRelative(request: string): boolean {
  return (
    request === '.' ||
    request === '..' ||
    request.startsWith('./') ||
    request.startsWith('../') ||
    request.startsWith('/')
  );
}

// Guest zone: node:path (POSIX), from path-browserify, resolving against the process's cwd.

import pathBrowserify from 'path-browserify';

type PathModule = typeof pathBrowserify & {
  posix: unknown;
  win32: unknown;
  toNamespacedPath(p: string): string;
};

const path = { ...pathBrowserify } as PathModule;
const cwd = () => (globalThis as unknown as { process: { cwd(): string } }).process.cwd();

path.resolve = (...segments: string[]) => pathBrowserify.resolve(cwd(), ...segments);
path.posix = path;
path.toNamespacedPath = (p: string) => p;
path.win32 = new Proxy(
  {},
  {
    get() {
      throw new Error('path.win32 is not implemented in tsvirt');
    },
  },
);

export default path;

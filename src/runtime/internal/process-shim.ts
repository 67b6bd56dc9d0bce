// Guest zone: what polyfill packages get for `require('process')`. They may load before boot creates
// the real process, so every member reads the live global process when used, not when imported.

type P = Record<string, unknown> & { nextTick(fn: (...a: unknown[]) => void, ...args: unknown[]): void };
const live = (): P => (globalThis as unknown as { process: P }).process;

export function nextTick(fn: (...a: unknown[]) => void, ...args: unknown[]): void {
  live().nextTick(fn, ...args);
}

export function emitWarning(...args: unknown[]): void {
  (live().emitWarning as (...a: unknown[]) => void)(...args);
}

export function cwd(): string {
  return (live().cwd as () => string)();
}

export const env: Record<string, string | undefined> = new Proxy(
  {},
  {
    get: (_t, key) => (live()?.env as Record<string | symbol, string | undefined> | undefined)?.[key],
    has: (_t, key) => key in ((live()?.env as object | undefined) ?? {}),
  },
);

export const platform = 'linux';
export const browser = false;
export const version = 'v20.0.0';
export const versions = {};
export const argv: string[] = [];

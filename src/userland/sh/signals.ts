// Guest zone (userland /bin/sh): signal names and numbers (exit status 128+n, kill -l, trap), from the
// one table the kernel and the runtime share (src/abi/signals.ts).

import { SIGNALS as TABLE } from '../../abi/signals.js';

/** Signal numbers as on Linux x86-64, by name. */
export const SIGNALS: Record<string, number> = { ...TABLE };

/** `TERM`, `SIGTERM` or `15` → `SIGTERM`; undefined when unknown. */
export function signalName(s: string): string | undefined {
  if (/^\d+$/.test(s)) return Object.keys(SIGNALS).find((k) => SIGNALS[k] === Number(s));
  const n = s.toUpperCase().startsWith('SIG') ? s.toUpperCase() : `SIG${s.toUpperCase()}`;
  return n in SIGNALS ? n : undefined;
}

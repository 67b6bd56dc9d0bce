// Guest zone: the process's boot facts, set once by the bootstrap and read by every module.

import type { BootInfo } from '../../abi/wire.js';

let info: BootInfo | undefined;

export function setBootInfo(b: BootInfo): void {
  info = b;
}

/** The BootInfo of this process (throws if read before boot: a runtime bug, not a user error). */
export function boot(): BootInfo {
  if (!info) throw new Error('tsvirt runtime: read before boot');
  return info;
}

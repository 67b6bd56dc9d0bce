// Test helper (host zone): writes a merged image tree to a host directory (for tools and kernels that
// take a host rootfs). Paths come from a validated tree; writes use O_EXCL so nothing is followed.

import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { MergedTree } from '../../src/image/tree.js';
import { comparePaths } from '../../src/image/tree.js';

/** Materialises `tree` under `dir` (which must exist and be empty). Hard links become copies. */
export async function writeTreeToDir(tree: MergedTree, dir: string): Promise<void> {
  for (const path of [...tree.nodes.keys()].sort(comparePaths)) {
    if (path === '/') continue;
    const node = tree.nodes.get(path)!;
    const host = join(dir, path);
    if (node.type === 'dir') {
      await mkdir(host);
      await chmod(host, node.mode);
    } else if (node.type === 'file') {
      await writeFile(host, node.data, { flag: 'wx', mode: node.mode });
    } else {
      await symlink(node.target, host);
    }
  }
}

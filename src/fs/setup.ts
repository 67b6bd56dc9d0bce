// Host zone: builds a container's mount namespace from its spec, as the runtime of `docker run` does:
// /proc and /dev, then the spec's tmpfs and bind mounts (mount points created as needed), then the
// root made read-only for `--read-only`. Returns the teardown that releases host resources.

import { statSync } from 'node:fs';
import { O_CREAT, O_WRONLY } from '../abi/fs-constants.js';
import type { StorageQuota } from '../cgroup/storage.js';
import { isErrno } from '../kernel/errno.js';
import { type MountSpec, SpecError } from '../kernel/spec.js';
import { BindFs } from './bind/bind.js';
import { BindFileFs } from './bind/bind-file.js';
import { Devfs, type DevfsOptions } from './devfs/devfs.js';
import { OverlayFs } from './overlay/overlay.js';
import { Procfs } from './procfs/procfs.js';
import type { ProcView } from './procfs/view.js';
import { Tmpfs } from './tmpfs/tmpfs.js';
import type { FsCaller } from './types.js';
import type { Vfs } from './vfs.js';

const ROOT: FsCaller = { cwd: '/', uid: 0, gid: 0, umask: 0 };

export interface NamespaceOptions {
  mounts?: readonly MountSpec[] | undefined;
  readOnly?: boolean | undefined;
  proc: ProcView;
  tty?: DevfsOptions['tty'];
  /** The container's storage quota: the root's writable layer and every tmpfs count against it. */
  quota?: StorageQuota | undefined;
}

/** Mounts /proc, /dev and the spec's mounts on `vfs`; returns a function that releases them. */
export function setupNamespace(vfs: Vfs, options: NamespaceOptions): () => void {
  const binds: Array<{ close(): void }> = [];
  const ensureDir = (target: string) => {
    try {
      vfs.mkdir(ROOT, target, 0o755, true);
    } catch (err) {
      if (isErrno(err)) throw new SpecError(`invalid mount target ${target}: ${err.code}`);
      throw err;
    }
  };
  // The root's writable layer (a --rootfs tree or an image's upper layer): charged from now on, so
  // the imported tree itself is the "image" and only what the container writes counts.
  const root = vfs.mounts.entries().find((m) => m.target.length === 0)?.backend;
  if (options.quota) {
    if (root instanceof OverlayFs) root.chargeTo(options.quota);
    else if (root instanceof Tmpfs) root.quota = options.quota;
  }
  ensureDir('/proc');
  ensureDir('/dev');
  vfs.mount('/proc', new Procfs(options.proc, () => vfs.mounts.entries()), {
    fsType: 'proc',
    source: 'proc',
  });
  vfs.mount('/dev', new Devfs(options.tty ? { tty: options.tty } : {}), {
    fsType: 'devtmpfs',
    source: 'udev',
  });
  try {
    for (const m of options.mounts ?? []) {
      if (m.type === 'tmpfs') {
        ensureDir(m.target);
        const fs = new Tmpfs({
          rootMode: 0o1777,
          ...(m.size ? { size: m.size } : {}),
          ...(options.quota ? { quota: options.quota } : {}),
        });
        vfs.mount(m.target, fs, { fsType: 'tmpfs', source: 'tmpfs' });
        continue;
      }
      let isDir: boolean;
      try {
        isDir = statSync(m.source).isDirectory();
      } catch {
        throw new SpecError(
          `invalid mount config for type "bind": bind source path does not exist: ${m.source}`,
        );
      }
      if (!isDir) {
        mountFile(vfs, m.source, m.target, m.readOnly === true, binds);
        continue;
      }
      ensureDir(m.target);
      const fs = new BindFs(m.source);
      binds.push(fs);
      vfs.mount(m.target, fs, { fsType: 'bind', source: m.source, readOnly: m.readOnly === true });
    }
  } catch (err) {
    for (const b of binds) b.close();
    throw err;
  }
  if (options.readOnly) vfs.remount('/', true);
  return () => {
    for (const b of binds.splice(0)) b.close();
  };
}

/** A single-file bind: the target file is created (empty) when missing, as Docker does. */
function mountFile(
  vfs: Vfs,
  source: string,
  target: string,
  readOnly: boolean,
  held: Array<{ close(): void }>,
): void {
  let fs: BindFileFs;
  try {
    fs = new BindFileFs(source);
  } catch {
    throw new SpecError(
      `invalid mount config for type "bind": bind source must be a regular file or a directory: ${source}`,
    );
  }
  held.push(fs);
  try {
    const parent = target.slice(0, target.lastIndexOf('/')) || '/';
    vfs.mkdir(ROOT, parent, 0o755, true);
    vfs.writeFile(ROOT, target, '', O_WRONLY | O_CREAT, 0o644);
    vfs.mount(target, fs, { fsType: 'bind', source, readOnly, file: true });
  } catch (err) {
    if (isErrno(err)) throw new SpecError(`invalid mount target ${target}: ${err.code}`);
    throw err;
  }
}

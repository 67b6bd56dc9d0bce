// Host zone: the character devices of /dev as open files: null, zero, full, random, urandom. Reads
// and writes behave as on Linux (null reads EOF, full writes ENOSPC, random never blocks).

import { randomFillSync } from 'node:crypto';
import { O_ACCMODE, O_RDONLY, O_RDWR, O_WRONLY, S_IFCHR } from '../../abi/fs-constants.js';
import { fail } from '../../kernel/errno.js';
import { makeStat } from '../backend.js';
import type { OpenFile, WireStat } from '../types.js';

export type DeviceName = 'null' | 'zero' | 'full' | 'random' | 'urandom';

/** Linux's device numbers (major 1, "mem"), as st_rdev. */
export const DEVICES: Readonly<Record<DeviceName, { minor: number; ino: number }>> = {
  null: { minor: 3, ino: 3 },
  zero: { minor: 5, ino: 5 },
  full: { minor: 7, ino: 7 },
  random: { minor: 8, ino: 8 },
  urandom: { minor: 9, ino: 9 },
};

/** st_rdev of a character device: Linux's new_encode_dev for small numbers. */
export function makedev(major: number, minor: number): number {
  return (major << 8) | minor;
}

export function deviceStat(name: DeviceName, dev: number): WireStat {
  const d = DEVICES[name];
  return makeStat({ dev, ino: d.ino, mode: S_IFCHR | 0o666, rdev: makedev(1, d.minor), blocks: 0 });
}

/** An open memory device. */
export class DeviceFile implements OpenFile {
  readonly kind = 'device' as const;
  readonly readable: boolean;
  readonly writable: boolean;
  path: string;

  constructor(
    private readonly name: DeviceName,
    private readonly dev: number,
    flags: number,
  ) {
    const acc = flags & O_ACCMODE;
    this.readable = acc === O_RDONLY || acc === O_RDWR;
    this.writable = acc === O_WRONLY || acc === O_RDWR;
    this.path = `/dev/${name}`;
  }

  read(length: number): Uint8Array {
    if (this.name === 'null') return new Uint8Array(0);
    const buf = new Uint8Array(length);
    if (this.name === 'random' || this.name === 'urandom') randomFillSync(buf);
    return buf;
  }

  write(data: Uint8Array): number {
    if (this.name === 'full') fail('ENOSPC');
    return data.byteLength;
  }

  stat(): WireStat {
    return deviceStat(this.name, this.dev);
  }

  truncate(): void {
    // Linux lets O_TRUNC and ftruncate on a character device succeed and do nothing; so do we.
    if (this.name === 'full') fail('EINVAL');
  }

  chmod(): void {
    fail('EPERM');
  }

  chown(): void {
    fail('EPERM');
  }

  utimes(): void {}

  sync(): void {}

  close(): void {}
}

// Guest zone: fs.Stats and fs.Dirent, built from the kernel's wire records.

import * as C from '../../../abi/fs-constants.js';
import type { WireDirent, WireStat } from '../../../abi/wire.js';

export class Stats {
  dev: number;
  mode: number;
  nlink: number;
  uid: number;
  gid: number;
  rdev: number;
  blksize: number;
  ino: number;
  size: number;
  blocks: number;
  atimeMs: number;
  mtimeMs: number;
  ctimeMs: number;
  birthtimeMs: number;
  atime: Date;
  mtime: Date;
  ctime: Date;
  birthtime: Date;

  constructor(s: WireStat) {
    this.dev = s.dev;
    this.mode = s.mode;
    this.nlink = s.nlink;
    this.uid = s.uid;
    this.gid = s.gid;
    this.rdev = s.rdev;
    this.blksize = s.blksize;
    this.ino = s.ino;
    this.size = s.size;
    this.blocks = s.blocks;
    this.atimeMs = s.atimeMs;
    this.mtimeMs = s.mtimeMs;
    this.ctimeMs = s.ctimeMs;
    this.birthtimeMs = s.birthtimeMs;
    this.atime = new Date(s.atimeMs);
    this.mtime = new Date(s.mtimeMs);
    this.ctime = new Date(s.ctimeMs);
    this.birthtime = new Date(s.birthtimeMs);
  }

  private type(): number {
    // Number(): in BigIntStats the mode is a bigint.
    return Number(this.mode) & C.S_IFMT;
  }
  isFile(): boolean {
    return this.type() === C.S_IFREG;
  }
  isDirectory(): boolean {
    return this.type() === C.S_IFDIR;
  }
  isSymbolicLink(): boolean {
    return this.type() === C.S_IFLNK;
  }
  isFIFO(): boolean {
    return this.type() === C.S_IFIFO;
  }
  isSocket(): boolean {
    return this.type() === C.S_IFSOCK;
  }
  isCharacterDevice(): boolean {
    return this.type() === C.S_IFCHR;
  }
  isBlockDevice(): boolean {
    return this.type() === C.S_IFBLK;
  }
}

/** fs.BigIntStats: Stats whose numbers are bigints, with nanosecond times. */
export class BigIntStats extends Stats {}

/** bigint: true stats (the same fields as bigint, plus *Ns). */
export function bigintStats(s: WireStat): Record<string, unknown> {
  const base = new BigIntStats(s) as unknown as Record<string, unknown>;
  for (const k of ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks'])
    base[k] = BigInt(base[k] as number);
  const times = ['atime', 'mtime', 'ctime', 'birthtime'];
  const ms = (k: string) => BigInt(Math.floor((s as unknown as Record<string, number>)[`${k}Ms`] ?? 0));
  for (const k of times) base[`${k}Ms`] = ms(k);
  // Node's key order: …Ms, then …Ns, then the Dates.
  const dates = times.map((k) => [k, base[k]] as const);
  for (const k of times) delete base[k];
  for (const k of times) base[`${k}Ns`] = ms(k) * 1_000_000n;
  for (const [k, v] of dates) base[k] = v;
  return base;
}

const kType = Symbol('type');

/** Node stores libuv's dirent types (UV_DIRENT_FILE = 1 …), not mode bits. */
const UV_DIRENT = new Map<number, number>([
  [C.S_IFREG, 1],
  [C.S_IFDIR, 2],
  [C.S_IFLNK, 3],
  [C.S_IFIFO, 4],
  [C.S_IFSOCK, 5],
  [C.S_IFCHR, 6],
  [C.S_IFBLK, 7],
]);

export class Dirent {
  name: string;
  parentPath: string;
  path: string;
  /** Node keeps the type under Symbol(type), which is how inspect shows it. */
  readonly [kType]: number;

  constructor(d: WireDirent, parent: string) {
    this.name = d.name;
    this.parentPath = parent;
    this.path = parent;
    this[kType] = UV_DIRENT.get(d.type) ?? 0;
  }
  isFile(): boolean {
    return this[kType] === 1;
  }
  isDirectory(): boolean {
    return this[kType] === 2;
  }
  isSymbolicLink(): boolean {
    return this[kType] === 3;
  }
  isFIFO(): boolean {
    return this[kType] === 4;
  }
  isSocket(): boolean {
    return this[kType] === 5;
  }
  isCharacterDevice(): boolean {
    return this[kType] === 6;
  }
  isBlockDevice(): boolean {
    return this[kType] === 7;
  }
}

// Guest zone (userland): the ustar archive format for tar(1): header encoding with GNU long-name
// records, and a parser that also reads GNU `L`/`K` and pax `x` path records.
import { type Buf, Buffer } from './node.js';

/** One archive member. */
export interface TarEntry {
  name: string;
  type: 'file' | 'dir' | 'symlink' | 'link' | 'other';
  mode: number;
  uid: number;
  gid: number;
  size: number;
  mtime: number;
  linkname: string;
  uname: string;
  gname: string;
  data: Buf;
}

const TYPES: Record<string, TarEntry['type']> = {
  '0': 'file',
  '\0': 'file',
  '5': 'dir',
  '2': 'symlink',
  '1': 'link',
};
const FLAG: Record<TarEntry['type'], string> = { file: '0', dir: '5', symlink: '2', link: '1', other: '0' };

function octal(buf: Buf, off: number, len: number, v: number): void {
  buf.write(`${v.toString(8).padStart(len - 1, '0')}\0`, off, len, 'latin1');
}

function header(name: string, e: TarEntry, flag: string, size: number): Buf {
  const h = Buffer.alloc(512);
  let prefix = '';
  let short = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', 155);
    if (cut > 0 && Buffer.byteLength(name.slice(cut + 1)) <= 100) {
      prefix = name.slice(0, cut);
      short = name.slice(cut + 1);
    } else short = name.slice(0, 100);
  }
  h.write(short, 0, 100, 'utf8');
  octal(h, 100, 8, e.mode & 0o7777);
  octal(h, 108, 8, e.uid);
  octal(h, 116, 8, e.gid);
  octal(h, 124, 12, size);
  octal(h, 136, 12, Math.floor(e.mtime));
  h.write('        ', 148, 8, 'latin1');
  h.write(flag, 156, 1, 'latin1');
  h.write(e.linkname, 157, 100, 'utf8');
  h.write('ustar\u000000', 257, 8, 'latin1');
  h.write(e.uname, 265, 32, 'utf8');
  h.write(e.gname, 297, 32, 'utf8');
  h.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'latin1');
  return h;
}

const pad = (n: number) => Buffer.alloc((512 - (n % 512)) % 512);

/** Encodes one member (with a GNU long-name record first when the name does not fit). */
export function encodeEntry(e: TarEntry): Buf[] {
  const parts: Buf[] = [];
  const needsLong =
    Buffer.byteLength(e.name) > 100 &&
    !(
      e.name.lastIndexOf('/', 155) > 0 &&
      Buffer.byteLength(e.name.slice(e.name.lastIndexOf('/', 155) + 1)) <= 100
    );
  if (needsLong) {
    const n = Buffer.from(`${e.name}\0`);
    parts.push(header('././@LongLink', { ...e, mode: 0, linkname: '' }, 'L', n.length), n, pad(n.length));
  }
  const size = e.type === 'file' ? e.data.length : 0;
  parts.push(header(e.name, e, FLAG[e.type], size));
  if (size) parts.push(e.data, pad(size));
  return parts;
}

/** The two zero blocks that end an archive. */
export const END = (): Buf => Buffer.alloc(1024);

const str = (b: Buf, off: number, len: number) => {
  const s = b.subarray(off, off + len);
  const z = s.indexOf(0);
  return s.subarray(0, z < 0 ? len : z).toString('utf8');
};
const num = (b: Buf, off: number, len: number) => Number.parseInt(str(b, off, len).trim() || '0', 8);

/** Parses an archive; throws on a bad checksum. */
export function parseTar(data: Buf): TarEntry[] {
  const entries: TarEntry[] = [];
  let off = 0;
  let longName: string | null = null;
  let longLink: string | null = null;
  while (off + 512 <= data.length) {
    const h = data.subarray(off, off + 512);
    if (h.every((b) => b === 0)) break;
    let sum = 0;
    for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] as number);
    if (sum !== num(h, 148, 8)) throw new Error('This does not look like a tar archive');
    const flag = String.fromCharCode(h[156] as number);
    const size = num(h, 124, 12);
    const body = data.subarray(off + 512, off + 512 + size);
    off += 512 + Math.ceil(size / 512) * 512;
    if (flag === 'L' || flag === 'K') {
      const s = body.toString('utf8').replace(/\0+$/, '');
      if (flag === 'L') longName = s;
      else longLink = s;
      continue;
    }
    if (flag === 'x' || flag === 'g') {
      const m = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'));
      if (m && flag === 'x') longName = m[1] as string;
      continue;
    }
    const prefix = str(h, 345, 155);
    const name = longName ?? (prefix ? `${prefix}/${str(h, 0, 100)}` : str(h, 0, 100));
    entries.push({
      name,
      type: TYPES[flag] ?? 'other',
      mode: num(h, 100, 8),
      uid: num(h, 108, 8),
      gid: num(h, 116, 8),
      size,
      mtime: num(h, 136, 12),
      linkname: longLink ?? str(h, 157, 100),
      uname: str(h, 265, 32),
      gname: str(h, 297, 32),
      data: body,
    });
    longName = null;
    longLink = null;
  }
  return entries;
}

// Host zone (CLI): what the image commands share: the store under $TSVIRT_HOME (with the built-in
// images made on first use), image errors as CLI errors, reading archives in, and Docker's human
// sizes and ages.

import { readFile } from 'node:fs/promises';
import { defaultHome, ensureBuiltinsWithUserland, ImageError, ImageStore } from '../image/index.js';
import { CliError } from './errors.js';

/** The CLI's image store ($TSVIRT_HOME, default ~/.tsvirt), with `base` and `hello-world` in it. */
export async function openStore(): Promise<ImageStore> {
  const store = new ImageStore({ home: defaultHome() });
  await imageCall(() => ensureBuiltinsWithUserland(store));
  return store;
}

/** Runs an image operation; an ImageError becomes the CLI's one-line error (exit 125). */
export async function imageCall<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ImageError) throw new CliError(err.message);
    throw err;
  }
}

/** Docker's size column: SI units with three significant digits (`1.23MB`, `512B`). */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${i === 0 ? v : Number(v.toPrecision(3))}${units[i]}`;
}

/** Docker's CREATED column: how long ago, in the largest whole unit (`3 days ago`). */
export function since(created: string | undefined, now = Date.now()): string {
  const t = created ? Date.parse(created) : Number.NaN;
  if (Number.isNaN(t)) return 'N/A';
  const s = Math.max(0, Math.floor((now - t) / 1000));
  if (s < 1) return 'Less than a second ago';
  const steps: Array<[number, string]> = [
    [365 * 86400, 'year'],
    [30 * 86400, 'month'],
    [7 * 86400, 'week'],
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
    [1, 'second'],
  ];
  for (const [n, unit] of steps) {
    const k = Math.floor(s / n);
    if (k >= 1) return `${k === 1 && unit === 'hour' ? 'About an' : k} ${unit}${k > 1 ? 's' : ''} ago`;
  }
  return 'Less than a second ago';
}

/** Left-aligned columns separated by three spaces, as Docker's tables print. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('   ')
      .trimEnd();
  return `${[header, ...rows].map(line).join('\n')}\n`;
}

/** All of stdin (the CLI reads archives whole: they are verified before anything is stored). */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** An archive: the file named, or stdin for none or `-` (refused when stdin is a terminal). */
export async function readInput(file: string | undefined): Promise<Uint8Array> {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new CliError('requested load from stdin, but stdin is empty');
    return readStdin();
  }
  try {
    return await readFile(file);
  } catch (err) {
    const code = err instanceof Error && 'code' in err ? String(err.code) : String(err);
    throw new CliError(`open ${file}: ${code === 'ENOENT' ? 'no such file or directory' : code}`);
  }
}

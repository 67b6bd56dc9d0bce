// Guest zone (userland): shared renderings: `-rwxr-xr-x` mode strings, human sizes, ls-style dates.

import { strftime } from './strftime.js';

/** ls's ten-character mode string. */
export function modeString(mode: number): string {
  const t = mode & 0o170000;
  const type =
    t === 0o040000
      ? 'd'
      : t === 0o120000
        ? 'l'
        : t === 0o020000
          ? 'c'
          : t === 0o060000
            ? 'b'
            : t === 0o010000
              ? 'p'
              : t === 0o140000
                ? 's'
                : '-';
  const rwx = (v: number, special: boolean, ch: string) =>
    `${v & 4 ? 'r' : '-'}${v & 2 ? 'w' : '-'}${special ? (v & 1 ? ch : ch.toUpperCase()) : v & 1 ? 'x' : '-'}`;
  return (
    type +
    rwx((mode >> 6) & 7, (mode & 0o4000) !== 0, 's') +
    rwx((mode >> 3) & 7, (mode & 0o2000) !== 0, 's') +
    rwx(mode & 7, (mode & 0o1000) !== 0, 't')
  );
}

/** GNU -h sizes: 1023, 1.0K, 9.9K, 10K, 1.5M (rounded up, as coreutils does). */
export function human(n: number, si = false): string {
  const base = si ? 1000 : 1024;
  if (n < base) return String(n);
  const units = si ? ['k', 'M', 'G', 'T', 'P'] : ['K', 'M', 'G', 'T', 'P'];
  let v = n;
  let i = -1;
  while (v >= base && i < units.length - 1) {
    v /= base;
    i++;
  }
  const s = v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v));
  if (s === '10.0') return `10${units[i]}`;
  return s + (units[i] as string);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** ls -l's date column: `Mon dd HH:MM` for recent files, `Mon dd  yyyy` for old or future ones. */
export function lsDate(ms: number, now = Date.now()): string {
  const d = new Date(ms);
  const mon = MONTHS[d.getUTCMonth()] as string;
  const day = String(d.getUTCDate()).padStart(2);
  const recent = ms <= now + 60_000 && now - ms < 182.5 * 86_400_000;
  if (recent)
    return `${mon} ${day} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
  return `${mon} ${day}  ${d.getUTCFullYear()}`;
}

/**
 * ls --time-style: `full-iso`, `long-iso`, `iso`, `locale` (the default) or `+FORMAT` (a second
 * format after a newline is for recent files); null for a style GNU does not know.
 */
export function lsTimeStyle(style: string, now = Date.now()): ((ms: number, ns: number) => string) | null {
  const s = style.replace(/^posix-/, '');
  const isRecent = (ms: number) => ms <= now + 60_000 && now - ms < 182.5 * 86_400_000;
  if (s === 'full-iso') return (ms, ns) => strftime('%Y-%m-%d %H:%M:%S.%N %z', ms, ns);
  if (s === 'long-iso') return (ms) => strftime('%Y-%m-%d %H:%M', ms);
  if (s === 'iso') return (ms) => strftime(isRecent(ms) ? '%m-%d %H:%M' : '%Y-%m-%d ', ms);
  if (s === 'locale' || s === 'default') return (ms) => lsDate(ms, now);
  if (!s.startsWith('+')) return null;
  const [old, recent] = s.slice(1).split('\n') as [string, string | undefined];
  return (ms, ns) => strftime(recent !== undefined && isRecent(ms) ? recent : old, ms, ns);
}

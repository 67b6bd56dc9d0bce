// Guest zone (userland): GNU size/count arguments: `10`, `2K`, `1MiB`, `3kB`, `1b` (512).

const POWER: Record<string, number> = { k: 1, K: 1, M: 2, m: 2, G: 3, T: 4 };

/** Parses a non-negative count with an optional multiplier suffix; null when invalid. */
export function parseCount(s: string): number | null {
  const m = /^\s*\+?(\d+)([bkKmMGT]?)(iB|B)?$/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  const u = m[2] as string;
  if (u === '') return m[3] ? null : n;
  if (u === 'b') return m[3] ? null : n * 512;
  return n * (m[3] === 'B' ? 1000 : 1024) ** (POWER[u] as number);
}

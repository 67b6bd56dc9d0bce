// Guest zone (userland): the edit script between two line lists (longest common subsequence), as
// diff(1) reports it: runs of equal lines and changes.

/** One hunk of change: a[aStart, aEnd) replaced by b[bStart, bEnd). */
export interface Change {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** The changes turning a into b, in order; `eq` decides line equality. */
export function diffLines(a: string[], b: string[], eq: (x: string, y: string) => boolean): Change[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && eq(a[pre] as string, b[pre] as string)) pre++;
  let suf = 0;
  while (
    suf < a.length - pre &&
    suf < b.length - pre &&
    eq(a[a.length - 1 - suf] as string, b[b.length - 1 - suf] as string)
  )
    suf++;
  const n = a.length - pre - suf;
  const m = b.length - pre - suf;
  // lens[i][j]: LCS length of a[pre+i..] and b[pre+j..].
  const lens: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    const row = lens[i] as Uint32Array;
    const next = lens[i + 1] as Uint32Array;
    for (let j = m - 1; j >= 0; j--) {
      row[j] = eq(a[pre + i] as string, b[pre + j] as string)
        ? (next[j + 1] as number) + 1
        : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const changes: Change[] = [];
  let i = 0;
  let j = 0;
  let cur: Change | null = null;
  const flush = () => {
    if (cur) changes.push(cur);
    cur = null;
  };
  while (i < n || j < m) {
    if (i < n && j < m && eq(a[pre + i] as string, b[pre + j] as string)) {
      flush();
      i++;
      j++;
      continue;
    }
    cur ??= { aStart: pre + i, aEnd: pre + i, bStart: pre + j, bEnd: pre + j };
    if (j < m && (i >= n || (lens[i]?.[j + 1] as number) >= (lens[i + 1]?.[j] as number))) {
      j++;
      cur.bEnd = pre + j;
    } else {
      i++;
      cur.aEnd = pre + i;
    }
  }
  flush();
  return changes;
}

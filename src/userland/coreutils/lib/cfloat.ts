// Guest zone (userland): C's floating-point conversions (%f %e %g and capitals) for printf, the sh
// builtin and seq. JavaScript's toFixed/toExponential round an exact tie away from zero; glibc rounds
// it to even (printf '%.0f' 2.5 is 2), and %g picks its style from the rounded exponent.

/** True when the digits after the first `keep` are exactly "5000…": a tie that C rounds to even. */
function isTie(digits: string, keep: number): boolean {
  return digits[keep] === '5' && /^0*$/.test(digits.slice(keep + 1));
}

/** The last kept digit of `digits` is even: C rounds the tie down (truncates). */
function truncEven(digits: string, keep: number): boolean {
  return Number(digits[keep - 1] ?? '0') % 2 === 0;
}

/** `%.{p}f` as glibc prints it. */
export function cFixed(v: number, p: number): string {
  const sign = v < 0 || Object.is(v, -0) ? '-' : '';
  // toFixed switches to exponent form from 1e21; doubles that large are integers.
  if (Math.abs(v) >= 1e21) return `${sign}${BigInt(Math.abs(v))}${p > 0 ? `.${'0'.repeat(p)}` : ''}`;
  const js = sign + Math.abs(v).toFixed(p);
  if (p > 80) return js;
  const long = Math.abs(v).toFixed(100);
  const dot = long.indexOf('.');
  const digits = long.slice(0, dot) + long.slice(dot + 1);
  const keep = dot + p;
  if (!isTie(digits, keep) || !truncEven(digits, keep)) return js;
  const int = digits.slice(0, dot);
  const frac = digits.slice(dot, keep);
  return `${sign}${int}${p > 0 ? `.${frac}` : ''}`;
}

/** `%.{p}e` as glibc prints it (two-digit exponent at least). */
export function cExp(v: number, p: number): string {
  let s = v.toExponential(Math.min(p, 100));
  if (p <= 80 && v !== 0) {
    const long = Math.abs(v).toExponential(100);
    const digits = long.slice(0, 1) + long.slice(2, long.indexOf('e'));
    if (isTie(digits, p + 1) && truncEven(digits, p + 1)) {
      const frac = digits.slice(1, p + 1);
      s = `${v < 0 ? '-' : ''}${digits[0]}${p > 0 ? `.${frac}` : ''}${long.slice(long.indexOf('e'))}`;
    }
  }
  return s.replace(/e([-+])(\d)$/, 'e$10$2');
}

/** `%.{p}g`: %e style when the exponent is below -4 or at least the precision, trailing zeros cut. */
export function cGeneral(v: number, p: number, alt = false): string {
  const P = p === 0 ? 1 : p;
  const e = cExp(v, P - 1);
  const x = Number(e.slice(e.indexOf('e') + 1));
  const s = x < -4 || x >= P ? e : cFixed(v, P - 1 - x);
  const at = s.indexOf('e');
  const mant = at < 0 ? s : s.slice(0, at);
  if (alt || !mant.includes('.')) return s;
  return mant.replace(/0+$/, '').replace(/\.$/, '') + (at < 0 ? '' : s.slice(at));
}

/** One float conversion (f F e E g G) with C's names for infinities and NaN. */
export function cFloat(v: number, conv: string, p: number, alt = false): string {
  const upper = conv === conv.toUpperCase();
  let s: string;
  if (Number.isNaN(v)) s = 'nan';
  else if (!Number.isFinite(v)) s = v < 0 ? '-inf' : 'inf';
  else {
    const lc = conv.toLowerCase();
    s = lc === 'f' ? cFixed(v, p) : lc === 'e' ? cExp(v, p) : cGeneral(v, p, alt);
  }
  return upper ? s.toUpperCase() : s;
}

// Guest zone (userland /bin/sh): the printf and echo builtins' formatting (dash's echo always reads
// backslash escapes; printf reuses its format while arguments remain).

import { cFloat } from '../coreutils/lib/cfloat.js';

/** Backslash escapes as echo and `%b` read them; `stop` is set by `\c`. */
export function escapes(s: string, octalNeedsZero: boolean): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i === s.length - 1) {
      out += c;
      continue;
    }
    const n = s[++i] as string;
    const simple: Record<string, string> = {
      a: '\x07',
      b: '\b',
      f: '\f',
      n: '\n',
      r: '\r',
      t: '\t',
      v: '\v',
      '\\': '\\',
      e: '\x1b',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (/[0-7]/.test(n) && (n === '0' || !octalNeedsZero)) {
      const from = octalNeedsZero ? i + 1 : i;
      const digits = (/^[0-7]{1,3}/.exec(s.slice(from)) ?? [''])[0];
      out += String.fromCharCode(Number.parseInt(digits || '0', 8) & 255);
      i = from + digits.length - 1;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

/**
 * An integer argument exactly (64-bit, as dash's intmax_t): decimal, octal, hex or 'c. Leading
 * blanks are skipped as strtoimax does; anything left over is dash's "not completely converted".
 */
function toInt(a: string | undefined, errs: string[]): bigint {
  if (a === undefined || a === '') return 0n;
  if (/^['"]/.test(a)) return BigInt(a.codePointAt(1) ?? 0);
  const t = a.replace(/^\s+/, '');
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)/.exec(t);
  if (!m) {
    errs.push(`${a}: expected numeric value`);
    return 0n;
  }
  if (m[0] !== t) errs.push(`${a}: not completely converted`);
  const digits = m[2] as string;
  const mag = BigInt(/^0[0-7]+$/.test(digits) ? `0o${digits.slice(1)}` : digits);
  const v = m[1] === '-' ? -mag : mag;
  // strtoimax clamps what does not fit in 64 bits and says ERANGE.
  const max = (1n << 63n) - 1n;
  if (v > max || v < -max - 1n) {
    errs.push(`${a}: Result too large`);
    return v > max ? max : -max - 1n;
  }
  return v;
}

function toNum(a: string | undefined, errs: string[]): number {
  if (a === undefined || a === '') return 0;
  if (/^['"]/.test(a)) return a.codePointAt(1) ?? 0;
  const t = a.replace(/^\s+/, '');
  const m = /^[-+]?(0[xX][0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?|inf(inity)?|nan)/i.exec(t);
  if (!m) {
    errs.push(`${a}: expected numeric value`);
    return 0;
  }
  if (m[0] !== t) errs.push(`${a}: not completely converted`);
  const body = m[0].replace(/^[-+]/, '');
  const sign = m[0].startsWith('-') ? -1 : 1;
  if (/^0x/i.test(body)) return sign * Number.parseInt(body, 16);
  if (/^inf/i.test(body)) return sign * Number.POSITIVE_INFINITY;
  if (/^nan/i.test(body)) return Number.NaN;
  return sign * Number(body);
}

function pad(s: string, flags: string, width: number): string {
  const len = s.length;
  if (len >= width) return s;
  if (flags.includes('-')) return s + ' '.repeat(width - len);
  if (flags.includes('0') && /^[-+ ]?[0-9.]/.test(s)) {
    const sign = /^[-+ ]/.test(s) ? (s[0] as string) : '';
    return sign + '0'.repeat(width - len) + s.slice(sign.length);
  }
  return ' '.repeat(width - len) + s;
}

/** Formats like printf(1). Returns the text, the errors to print and whether `\c` stopped output. */
export function printf(fmt: string, args: string[]): { text: string; errs: string[]; invalid?: boolean } {
  let out = '';
  const errs: string[] = [];
  let ai = 0;
  for (;;) {
    let usedArg = false;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i];
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|.)/s.exec(fmt.slice(i));
        const seq = m ? m[0] : '\\';
        const r = escapes(seq, false);
        if (r.stop) return { text: out, errs };
        out += r.text;
        i += seq.length - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d*))?([diouxXcsbeEfgG%])/.exec(fmt.slice(i));
      if (!m || (m[4] === '%' && m[0] !== '%%')) {
        // dash stops at a bad directive (`%z`, `%5%`, a lone `%`) with status 2.
        const bad = m
          ? m[0]
          : (/^%[-+ #0]*(\*|\d+)?(\.(\*|\d*))?.?/.exec(fmt.slice(i)) as RegExpExecArray)[0];
        return { text: out, errs: [...errs, `${bad}: invalid directive`], invalid: true };
      }
      i += m[0].length - 1;
      const conv = m[4] as string;
      if (conv === '%') {
        out += '%';
        continue;
      }
      const flags = m[1] ?? '';
      let width = 0;
      if (m[2] === '*') {
        width = toNum(args[ai++], errs);
        usedArg = true;
      } else if (m[2]) width = Number(m[2]);
      let prec: number | undefined;
      if (m[3] === '*') {
        prec = toNum(args[ai++], errs);
        usedArg = true;
      } else if (m[3] !== undefined) prec = Number(m[3] || '0');
      const arg = args[ai++];
      usedArg = true;
      let s: string;
      switch (conv) {
        case 's':
          s = arg ?? '';
          if (prec !== undefined) s = s.slice(0, prec);
          break;
        case 'b': {
          const r = escapes(arg ?? '', true);
          s = r.text;
          if (r.stop) return { text: out + pad(s, flags, width), errs };
          break;
        }
        case 'c':
          // An empty argument prints its terminating NUL, as C's printf does.
          s = arg ? arg.slice(0, 1) : '\0';
          break;
        case 'd':
        case 'i': {
          const n = toInt(arg, errs);
          s = (n < 0n ? -n : n).toString();
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (n < 0n ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'o':
        case 'u':
        case 'x':
        case 'X': {
          const n = BigInt.asUintN(64, toInt(arg, errs));
          s = n.toString(conv === 'o' ? 8 : conv === 'u' ? 10 : 16);
          if (conv === 'X') s = s.toUpperCase();
          if (prec !== undefined) s = s.padStart(prec, '0');
          if (flags.includes('#') && n !== 0n)
            s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + s;
          break;
        }
        default: {
          const n = toNum(arg, errs);
          s = cFloat(n, conv, prec ?? 6, flags.includes('#'));
          if (n >= 0 && flags.includes('+')) s = `+${s}`;
          else if (n >= 0 && flags.includes(' ')) s = ` ${s}`;
        }
      }
      out += pad(s, flags, width);
    }
    if (!usedArg || ai >= args.length) break;
  }
  return { text: out, errs };
}

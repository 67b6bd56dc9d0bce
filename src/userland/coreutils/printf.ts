// Guest zone (userland): printf(1): FORMAT reused until the arguments run out; %s %b %c %d %i %u %o %x
// %X %f %e %g %E %G %q %%, flags, width and precision (also `*`), backslash escapes in FORMAT (\u and
// \U as UTF-8, or kept as `\uXXXX` in the C locale, as GNU does). It works on bytes: `\377` is one.
import { latin1, latin1Bytes, utf8Bytes } from './lib/bytes.js';
import { cFloat } from './lib/cfloat.js';
import { q, usageError, warn } from './lib/errors.js';
import { expandEscapes } from './lib/escapes.js';
import { out as outBytes } from './lib/io.js';
import { run } from './lib/main.js';
import { proc } from './lib/node.js';

/** Text (UTF-8) as a binary string, one char per byte. */
const bytesOf = (s: string) => latin1(utf8Bytes(s));
const out = (s: string) => outBytes(latin1Bytes(s));

/** GNU's %q: the argument quoted for reuse as shell input. */
function shellQuote(s: string): string {
  if (s === '') return "''";
  if (/^[A-Za-z0-9_/.,:=@%+-]+$/.test(s)) return s;
  // A single quote with nothing special to double quotes: GNU picks "…".
  if (s.includes("'") && !/[$`\\"!\x00-\x1f\x7f]/.test(s)) return `"${s}"`;
  let r = '';
  let run = '';
  const flush = () => {
    if (run) r += `'${run}'`;
    run = '';
  };
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (ch === "'") {
      flush();
      r += "\\'";
    } else if (c < 0x20 || c === 0x7f) {
      flush();
      const named: Record<string, string> = {
        '\n': 'n',
        '\t': 't',
        '\r': 'r',
        '\x07': 'a',
        '\b': 'b',
        '\f': 'f',
        '\v': 'v',
        '\x1b': 'E',
      };
      r += `$'\\${named[ch] ?? c.toString(8).padStart(3, '0')}'`;
    } else run += ch;
  }
  flush();
  return r;
}

/** \uXXXX and \UXXXXXXXX: UTF-8 bytes in a UTF-8 locale, else the escape with its digits in capitals. */
function unicodeEscape(hex: string, big: boolean): string {
  const loc = proc.env.LC_ALL || proc.env.LC_CTYPE || proc.env.LANG || '';
  const cp = Number.parseInt(hex, 16);
  if (/utf-?8/i.test(loc) && cp <= 0x10ffff) return bytesOf(String.fromCodePoint(cp));
  return `\\${big ? 'U' : 'u'}${hex.toUpperCase()}`;
}

function pad(s: string, flags: string, width: number): string {
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && /^[-+ ]?\d/.test(s)) {
    const sign = /^[-+ ]/.test(s) ? (s[0] as string) : '';
    return sign + s.slice(sign.length).padStart(width - sign.length, '0');
  }
  return s.padStart(width);
}

run('printf', (args) => {
  if (args[0] === '--') args.shift();
  if (args.length === 0) usageError('missing operand');
  const fmt = bytesOf(args[0] as string);
  const rest = args.slice(1).map(bytesOf);
  let status = 0;
  let ai = 0;
  const next = () => rest[ai++];
  const numArg = (s: string | undefined): number => {
    if (s === undefined || s === '') return 0;
    if (/^['"]/.test(s)) return s.codePointAt(1) ?? 0;
    const v = /^[-+]?0x[0-9a-f]+$/i.test(s)
      ? Number.parseInt(s, 16)
      : /^[-+]?0[0-7]+$/.test(s)
        ? Number.parseInt(s, 8)
        : Number(s.trim());
    if (Number.isNaN(v)) {
      warn(`${q(s)}: expected a numeric value`);
      status = 1;
      const lead = /^[-+]?\d+/.exec(s.trim());
      return lead ? Number(lead[0]) : 0;
    }
    return v;
  };
  do {
    const consumedBefore = ai;
    for (let i = 0; i < fmt.length; i++) {
      const c = fmt[i] as string;
      if (c === '\\') {
        const m = /^\\(x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/s.exec(
          fmt.slice(i),
        ) as RegExpExecArray;
        const e = m[1] as string;
        out(/^[uU]./.test(e) ? unicodeEscape(e.slice(1), e[0] === 'U') : expandEscapes(m[0], false).text);
        i += m[0].length - 1;
        continue;
      }
      if (c !== '%') {
        out(c);
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d*)(?:\.(\*|\d*))?([a-zA-Z%])/.exec(fmt.slice(i));
      if (!m) {
        warn(`${q(fmt.slice(i))}: invalid conversion specification`);
        return 1;
      }
      i += m[0].length - 1;
      const flags = m[1] as string;
      const width = m[2] === '*' ? numArg(next()) : Number(m[2] || 0);
      const precRaw = m[3] === '*' ? String(numArg(next())) : m[3];
      const prec = precRaw === undefined ? undefined : Number(precRaw || 0);
      const conv = m[4] as string;
      if (conv === '%') {
        out('%');
        continue;
      }
      const arg = next();
      let s: string;
      switch (conv) {
        case 's':
          s = arg ?? '';
          if (prec !== undefined) s = s.slice(0, prec);
          break;
        case 'b': {
          const r = expandEscapes(arg ?? '', true);
          s = r.text;
          break;
        }
        case 'q':
          s = shellQuote(arg ?? '');
          break;
        case 'c':
          s = (arg ?? '').slice(0, 1);
          break;
        case 'd':
        case 'i':
        case 'u': {
          const v = Math.trunc(numArg(arg));
          s = String(Math.abs(v));
          if (prec !== undefined) s = s.padStart(prec, '0');
          s = (v < 0 ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '') + s;
          break;
        }
        case 'o':
        case 'x':
        case 'X': {
          const v = Math.trunc(numArg(arg));
          s = (v < 0 ? BigInt.asUintN(64, BigInt(v)) : BigInt(v)).toString(conv === 'o' ? 8 : 16);
          if (conv === 'X') s = s.toUpperCase();
          if (prec !== undefined) s = s.padStart(prec, '0');
          if (flags.includes('#') && v !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : '0X') + s;
          break;
        }
        case 'f':
        case 'F':
        case 'e':
        case 'E':
        case 'g':
        case 'G': {
          const v = numArg(arg);
          s = cFloat(v, conv, prec ?? 6, flags.includes('#'));
          if (v >= 0 && flags.includes('+')) s = `+${s}`;
          else if (v >= 0 && flags.includes(' ')) s = ` ${s}`;
          break;
        }
        default:
          warn(`%${conv}: invalid conversion specification`);
          return 1;
      }
      out(pad(s, flags, width));
    }
    if (ai === consumedBefore) break;
  } while (ai < rest.length);
  return status;
});

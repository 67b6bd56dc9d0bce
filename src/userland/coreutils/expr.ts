// Guest zone (userland): expr(1): evaluate an expression given as separate arguments: | & comparisons
// + - * / % and `:` (anchored BRE match), the GNU keywords match, substr, index, length and `+ TOKEN`,
// parentheses. Integers are arbitrary-precision as in GNU; status 0 unless the result is null or 0,
// 1 if it is, 2 for a bad expression, 3 for an internal error.
import { die, q, usageError } from './lib/errors.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { posixToJs } from './lib/regex.js';

type Val = string | bigint;

const INTEGER = /^-?\d+$/;

const toInt = (v: Val): bigint | null => (typeof v === 'bigint' ? v : INTEGER.test(v) ? BigInt(v) : null);
const str = (v: Val): string => (typeof v === 'bigint' ? v.toString() : v);

/** GNU's "null": the empty string, or a number that is zero (`0`, `-0`, `00`). */
function isNull(v: Val): boolean {
  if (typeof v === 'bigint') return v === 0n;
  return v === '' || /^-?0+$/.test(v);
}

class Parser {
  private i = 0;
  constructor(private readonly args: string[]) {}

  parse(): Val {
    const v = this.or();
    if (this.i < this.args.length)
      die(`syntax error: unexpected argument ${q(this.args[this.i] as string)}`, 2);
    return v;
  }

  private peek(): string | undefined {
    return this.args[this.i];
  }

  private take(): string {
    const t = this.args[this.i++];
    if (t === undefined) die(`syntax error: missing argument after ${q(this.args[this.i - 2] ?? '')}`, 2);
    return t;
  }

  private or(): Val {
    let l = this.and();
    while (this.peek() === '|') {
      this.i++;
      const r = this.and();
      if (isNull(l)) l = isNull(r) ? 0n : r;
    }
    return l;
  }

  private and(): Val {
    let l = this.compare();
    while (this.peek() === '&') {
      this.i++;
      const r = this.compare();
      if (isNull(l) || isNull(r)) l = 0n;
    }
    return l;
  }

  private compare(): Val {
    let l = this.sum();
    for (;;) {
      const op = this.peek();
      if (op === undefined || !['<', '<=', '=', '==', '!=', '>=', '>'].includes(op)) return l;
      this.i++;
      const r = this.sum();
      const [a, b] = [toInt(l), toInt(r)];
      // Both integers compare as numbers, anything else as strings (byte order in the C locale).
      const d = a !== null && b !== null ? (a < b ? -1 : a > b ? 1 : 0) : cmpStr(str(l), str(r));
      const ok = {
        '<': d < 0,
        '<=': d <= 0,
        '=': d === 0,
        '==': d === 0,
        '!=': d !== 0,
        '>=': d >= 0,
        '>': d > 0,
      }[op];
      l = ok ? 1n : 0n;
    }
  }

  private sum(): Val {
    let l = this.product();
    for (let op = this.peek(); op === '+' || op === '-'; op = this.peek()) {
      this.i++;
      const [a, b] = ints(l, this.product());
      l = op === '+' ? a + b : a - b;
    }
    return l;
  }

  private product(): Val {
    let l = this.match();
    for (let op = this.peek(); op === '*' || op === '/' || op === '%'; op = this.peek()) {
      this.i++;
      const [a, b] = ints(l, this.match());
      if (op === '*') l = a * b;
      else if (b === 0n) die('division by zero', 2);
      else l = op === '/' ? a / b : a % b;
    }
    return l;
  }

  private match(): Val {
    let l = this.primary();
    while (this.peek() === ':') {
      this.i++;
      l = regexMatch(str(l), str(this.primary()));
    }
    return l;
  }

  private primary(): Val {
    const t = this.take();
    if (t === '(') {
      const v = this.or();
      if (this.peek() !== ')') {
        if (this.peek() === undefined)
          die(`syntax error: expecting ')' after ${q(this.args[this.i - 1] ?? '')}`, 2);
        die(`syntax error: expecting ')' instead of ${q(this.peek() as string)}`, 2);
      }
      this.i++;
      return v;
    }
    if (t === ')') die(`syntax error: unexpected ')'`, 2);
    if (t === '+') return this.take();
    if (t === 'length') return BigInt(str(this.primary()).length);
    if (t === 'match') {
      const s = str(this.primary());
      return regexMatch(s, str(this.primary()));
    }
    if (t === 'index') {
      const s = str(this.primary());
      const chars = str(this.primary());
      const at = [...s].findIndex((c) => chars.includes(c));
      return BigInt(at + 1);
    }
    if (t === 'substr') {
      const s = str(this.primary());
      const pos = toInt(this.primary());
      const len = toInt(this.primary());
      if (pos === null || len === null || pos < 1n || len < 1n) return '';
      return s.slice(Number(pos) - 1, Number(pos) - 1 + Number(len));
    }
    return t;
  }
}

function cmpStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ints(l: Val, r: Val): [bigint, bigint] {
  const a = toInt(l);
  const b = toInt(r);
  if (a === null || b === null) die('non-integer argument', 2);
  return [a, b];
}

/** STRING : REGEX, anchored at the start: the first \( \) group's text, else the matched length. */
function regexMatch(s: string, pat: string): Val {
  let re: RegExp;
  try {
    re = new RegExp(`^(?:${posixToJs(pat, false)})`, 's');
  } catch {
    die(`Invalid regular expression`, 2);
  }
  const m = re.exec(s);
  if (/\\\(/.test(pat)) return m?.[1] ?? '';
  return BigInt(m ? m[0].length : 0);
}

run('expr', (argv) => {
  const args = argv[0] === '--' ? argv.slice(1) : argv;
  if (args.length === 0) usageError('missing operand', 2);
  const v = new Parser(args).parse();
  out(`${str(v)}\n`);
  return isNull(v) ? 1 : 0;
});

// Guest zone (userland /bin/sh): `$((…))` arithmetic: C integer operators with precedence, variables
// by name, assignment operators and the ternary, in 64-bit two's-complement integers (BigInt wrapped
// to int64) as dash's intmax_t arithmetic is.

/** Variable access the evaluator needs. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError extends Error {}

const TOKEN =
  /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|&&|\|\||<<|>>|<=|>=|==|!=|[-+*/%&|^]=|[-+*/%<>=!~&|^?:(),])/y;

export function arith(src: string, vars: ArithVars): bigint {
  const toks: string[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(src);
    if (!m) throw new ArithError(`arithmetic expression: expecting primary: "${src}"`);
    toks.push(m[1] as string);
    pos = TOKEN.lastIndex;
  }
  let i = 0;
  const peek = () => toks[i];
  const take = () => toks[i++];
  const num = (s: string | undefined): bigint => {
    if (s === undefined || s.trim() === '') return 0n;
    const t = s.trim();
    const neg = t.startsWith('-');
    const u = neg ? t.slice(1) : t;
    let v: bigint;
    if (/^0[xX][0-9a-fA-F]+$/.test(u)) v = BigInt(u);
    else if (/^0[0-7]+$/.test(u)) v = BigInt(`0o${u.slice(1)}`);
    else if (/^\d+$/.test(u)) v = BigInt(u);
    else throw new ArithError(`Illegal number: ${t}`);
    return wrap(neg ? -v : v);
  };
  const val = (n: string) => num(vars.get(n));
  const wrap = (x: bigint) => BigInt.asIntN(64, x);
  const bool = (b: boolean) => (b ? 1n : 0n);
  // Inside the operand that && || or ?: do not take: parsed, but no assignment and no error.
  let skip = 0;

  const assignOps = ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='];
  function assign(): bigint {
    const t = peek();
    if (t && /^[A-Za-z_]/.test(t) && assignOps.includes(toks[i + 1] ?? '')) {
      i++;
      const op = take() as string;
      const rhs = assign();
      const v = op === '=' ? rhs : binop(op.slice(0, -1), val(t), rhs);
      if (skip === 0) vars.set(t, String(v));
      return v;
    }
    return ternary();
  }
  function ternary(): bigint {
    const c = binary(0);
    if (peek() !== '?') return c;
    take();
    const a = lazy(c === 0n, assign);
    if (take() !== ':') throw new ArithError('arithmetic expression: expecting ":"');
    const b = lazy(c !== 0n, ternary);
    return c !== 0n ? a : b;
  }
  const LEVELS = [
    ['||'],
    ['&&'],
    ['|'],
    ['^'],
    ['&'],
    ['==', '!='],
    ['<', '<=', '>', '>='],
    ['<<', '>>'],
    ['+', '-'],
    ['*', '/', '%'],
  ];
  function lazy(skipped: boolean, fn: () => bigint): bigint {
    if (skipped) skip++;
    try {
      return fn();
    } finally {
      if (skipped) skip--;
    }
  }
  function binary(level: number): bigint {
    if (level >= LEVELS.length) return unary();
    let l = binary(level + 1);
    for (;;) {
      const op = peek();
      if (!op || !(LEVELS[level] as string[]).includes(op)) return l;
      take();
      const r = lazy((op === '||' && l !== 0n) || (op === '&&' && l === 0n), () => binary(level + 1));
      l = binop(op, l, r);
    }
  }
  function binop(op: string, l: bigint, r: bigint): bigint {
    switch (op) {
      case '||':
        return bool(l !== 0n || r !== 0n);
      case '&&':
        return bool(l !== 0n && r !== 0n);
      case '|':
        return l | r;
      case '^':
        return l ^ r;
      case '&':
        return l & r;
      case '==':
        return bool(l === r);
      case '!=':
        return bool(l !== r);
      case '<':
        return bool(l < r);
      case '<=':
        return bool(l <= r);
      case '>':
        return bool(l > r);
      case '>=':
        return bool(l >= r);
      case '<<':
        return wrap(l << (r & 63n));
      case '>>':
        return l >> (r & 63n);
      case '+':
        return wrap(l + r);
      case '-':
        return wrap(l - r);
      case '*':
        return wrap(l * r);
      case '/':
      case '%':
        // BigInt division truncates toward zero and % takes the dividend's sign, as C's do.
        if (r === 0n && skip > 0) return 0n;
        if (r === 0n) throw new ArithError('arithmetic expression: division by zero');
        return wrap(op === '/' ? l / r : l % r);
      default:
        throw new ArithError(`arithmetic expression: bad operator ${op}`);
    }
  }
  function unary(): bigint {
    const t = peek();
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      take();
      const v = unary();
      return t === '-' ? wrap(-v) : t === '+' ? v : t === '!' ? bool(v === 0n) : ~v;
    }
    if (t === '(') {
      take();
      const v = assign();
      if (take() !== ')') throw new ArithError('arithmetic expression: expecting ")"');
      return v;
    }
    const p = take();
    if (p === undefined) throw new ArithError(`arithmetic expression: expecting primary: "${src}"`);
    if (/^\d/.test(p)) return num(p);
    if (/^[A-Za-z_]/.test(p)) return val(p);
    throw new ArithError(`arithmetic expression: expecting primary: "${src}"`);
  }
  const v = assign();
  if (i < toks.length) throw new ArithError(`arithmetic expression: expecting EOF: "${src}"`);
  return v;
}

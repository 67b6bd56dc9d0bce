// Guest zone (userland /bin/sh): `$((…))` arithmetic: C integer operators with precedence, variables
// by name, assignment operators and the ternary, evaluated in 64-bit-ish JS integers as dash does.

/** Variable access the evaluator needs. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

export class ArithError extends Error {}

const TOKEN =
  /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|<<=|>>=|\*\*|&&|\|\||<<|>>|<=|>=|==|!=|[-+*/%&|^]=|[-+*/%<>=!~&|^?:(),])/y;

export function arith(src: string, vars: ArithVars): number {
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
  const num = (s: string | undefined): number => {
    if (s === undefined || s.trim() === '') return 0;
    const t = s.trim();
    if (/^-?0[xX][0-9a-fA-F]+$/.test(t)) return Number.parseInt(t, 16);
    if (/^-?0[0-7]+$/.test(t)) return Number.parseInt(t, 8);
    if (/^-?\d+$/.test(t)) return Number(t);
    throw new ArithError(`Illegal number: ${t}`);
  };
  const val = (n: string) => num(vars.get(n));
  const int = (x: number) => Math.trunc(x) | 0 || Math.trunc(x);

  const assignOps = ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='];
  function assign(): number {
    const t = peek();
    if (t && /^[A-Za-z_]/.test(t) && assignOps.includes(toks[i + 1] ?? '')) {
      i++;
      const op = take() as string;
      const rhs = assign();
      const v = op === '=' ? rhs : binop(op.slice(0, -1), val(t), rhs);
      vars.set(t, String(v));
      return v;
    }
    return ternary();
  }
  function ternary(): number {
    const c = binary(0);
    if (peek() !== '?') return c;
    take();
    const a = assign();
    if (take() !== ':') throw new ArithError('arithmetic expression: expecting ":"');
    const b = ternary();
    return c ? a : b;
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
  function binary(level: number): number {
    if (level >= LEVELS.length) return unary();
    let l = binary(level + 1);
    for (;;) {
      const op = peek();
      if (!op || !(LEVELS[level] as string[]).includes(op)) return l;
      take();
      const r = binary(level + 1);
      l = binop(op, l, r);
    }
  }
  function binop(op: string, l: number, r: number): number {
    switch (op) {
      case '||':
        return l || r ? 1 : 0;
      case '&&':
        return l && r ? 1 : 0;
      case '|':
        return l | r;
      case '^':
        return l ^ r;
      case '&':
        return l & r;
      case '==':
        return l === r ? 1 : 0;
      case '!=':
        return l !== r ? 1 : 0;
      case '<':
        return l < r ? 1 : 0;
      case '<=':
        return l <= r ? 1 : 0;
      case '>':
        return l > r ? 1 : 0;
      case '>=':
        return l >= r ? 1 : 0;
      case '<<':
        return l << r;
      case '>>':
        return l >> r;
      case '+':
        return l + r;
      case '-':
        return l - r;
      case '*':
        return l * r;
      case '/':
      case '%':
        if (r === 0) throw new ArithError('arithmetic expression: division by zero');
        return op === '/' ? int(l / r) : l % r;
      default:
        throw new ArithError(`arithmetic expression: bad operator ${op}`);
    }
  }
  function unary(): number {
    const t = peek();
    if (t === '-' || t === '+' || t === '!' || t === '~') {
      take();
      const v = unary();
      return t === '-' ? -v : t === '+' ? v : t === '!' ? (v ? 0 : 1) : ~v;
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
  if (toks.length === 0) return 0;
  const v = assign();
  if (i < toks.length) throw new ArithError(`arithmetic expression: expecting EOF: "${src}"`);
  return v;
}

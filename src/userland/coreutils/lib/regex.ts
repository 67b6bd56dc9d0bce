// Guest zone (userland): POSIX basic and extended regular expressions translated to JavaScript's:
// BRE's `\( \) \{ \} \| \+ \?` operators, literal `+ ? ( ) { } |`, bracket classes like [:alpha:].

const CLASS: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** Converts a bracket expression starting at s[i] (`[`); returns the JS text and the index after it. */
function bracket(s: string, i: number): [string, number] {
  let j = i + 1;
  let r = '[';
  if (s[j] === '^') {
    r += '^';
    j++;
  }
  let first = true;
  for (; j < s.length; j++) {
    const c = s[j] as string;
    if (c === ']' && !first) return [`${r}]`, j + 1];
    first = false;
    const cls = /^\[:([a-z]+):\]/.exec(s.slice(j));
    if (cls && CLASS[cls[1] as string]) {
      r += CLASS[cls[1] as string];
      j += cls[0].length - 1;
      continue;
    }
    if (c === '\\' || c === '[' || c === ']' || c === '^' || c === '/') r += `\\${c}`;
    else r += c;
  }
  // GNU's regcomp refuses an unterminated bracket expression (grep exits 2, sed and expr fail).
  throw new SyntaxError('Unmatched [, [^, [:, [., or [=');
}

/** Translates a POSIX pattern (`ere` for -E) into JavaScript regular-expression source. */
export function posixToJs(pat: string, ere: boolean): string {
  let r = '';
  for (let i = 0; i < pat.length; i++) {
    const c = pat[i] as string;
    if (c === '[') {
      const [text, next] = bracket(pat, i);
      r += text;
      i = next - 1;
      continue;
    }
    if (c === '\\') {
      const n = pat[i + 1];
      i++;
      if (n === undefined) return `${r}\\\\`;
      if (!ere && '(){}|+?'.includes(n)) r += n;
      else if ('<>'.includes(n)) r += '\\b';
      else if ('wWsSbB'.includes(n) || /[1-9]/.test(n)) r += `\\${n}`;
      else if (n === 'n') r += '\\n';
      else if (n === 't') r += '\\t';
      else r += /[A-Za-z0-9]/.test(n) ? n : `\\${n}`;
      continue;
    }
    if (!ere && '(){}|+?'.includes(c)) {
      r += `\\${c}`;
      continue;
    }
    if (c === '*' && (r === '' || r.endsWith('(') || r.endsWith('|') || (r === '^' && i === 1))) {
      r += '\\*';
      continue;
    }
    if (ere && c === '{' && !/^\{\d*(,\d*)?\}/.test(pat.slice(i))) {
      r += '\\{';
      continue;
    }
    if (c === '/') {
      r += '\\/';
      continue;
    }
    r += c;
  }
  return r;
}

/** Escapes a fixed string for use inside a JavaScript pattern. */
export function escapeLiteral(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

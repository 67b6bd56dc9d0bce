// Guest zone (userland): backslash escapes as echo -e, printf and tr read them.

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** Expands escapes; `echoMode` gives \0NNN octal and \c (stop output) the echo meanings. */
export function expandEscapes(s: string, echoMode: boolean): { text: string; stop: boolean } {
  let r = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c !== '\\' || i + 1 >= s.length) {
      r += c;
      continue;
    }
    const n = s[i + 1] as string;
    if (SIMPLE[n] !== undefined) {
      r += SIMPLE[n];
      i++;
    } else if (n === 'c' && echoMode) return { text: r, stop: true };
    else if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 2] ?? '')) {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 2)) as RegExpExecArray;
      r += String.fromCharCode(Number.parseInt(m[0], 16));
      i += 1 + m[0].length;
    } else if (/[0-7]/.test(n)) {
      const start = echoMode && n === '0' ? i + 2 : i + 1;
      if (echoMode && n !== '0') {
        r += `\\${n}`;
        i++;
        continue;
      }
      const m = /^[0-7]{0,3}/.exec(s.slice(start)) as RegExpExecArray;
      r += String.fromCharCode(Number.parseInt(m[0] || '0', 8) & 0xff);
      i = start + m[0].length - 1;
    } else {
      r += `\\${n}`;
      i++;
    }
  }
  return { text: r, stop: false };
}

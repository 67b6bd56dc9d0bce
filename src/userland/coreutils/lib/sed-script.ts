// Guest zone (userland): sed's script parser: addresses (N, $, /re/, \cREc, first~step, ranges, !),
// commands s y d D p P n N q Q = a i c l { } b t T : h H g G x, separated by `;` or newlines.
import { die } from './errors.js';
import { posixToJs } from './regex.js';

/** One address. */
export type Addr =
  | { kind: 'line'; n: number }
  | { kind: 'last' }
  | { kind: 're'; re: RegExp | null }
  | { kind: 'step'; first: number; step: number };

/** One parsed command. */
export interface Cmd {
  a1?: Addr | undefined;
  a2?: Addr | undefined;
  negate: boolean;
  name: string;
  /** s: regex, replacement, flags. */
  re?: RegExp | null;
  repl?: string;
  global?: boolean;
  nth?: number;
  print?: boolean;
  wfile?: string | undefined;
  text?: string;
  label?: string;
  /** y: map. */
  map?: Map<string, string>;
  /** `{`: index of the matching `}`. */
  end?: number;
  /** Range state. */
  active?: boolean;
  int?: number;
}

function readDelimited(s: string, i: number, delim: string): [string, number] {
  let r = '';
  for (; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1] as string;
      if (n === delim) r += delim === '&' ? '\\&' : n;
      else if (n === 'n') r += '\n';
      else r += c + n;
      i++;
      continue;
    }
    if (c === delim) return [r, i + 1];
    if (c === '\n') break;
    r += c;
  }
  return die(`-e expression #1, char ${i}: unterminated \`s' command`);
}

function regex(src: string, ere: boolean, flags: string): RegExp | null {
  if (src === '') return null;
  try {
    return new RegExp(posixToJs(src, ere), flags);
  } catch {
    return die(`-e expression #1: invalid regular expression '${src}'`);
  }
}

/** Parses a whole sed script. */
export function parseScript(script: string, ere: boolean): Cmd[] {
  const cmds: Cmd[] = [];
  const open: number[] = [];
  let i = 0;
  const skipWs = () => {
    while (i < script.length && /[ \t]/.test(script[i] as string)) i++;
  };
  const addr = (): Addr | undefined => {
    const c = script[i];
    if (c === undefined) return undefined;
    if (/\d/.test(c)) {
      const m = /^(\d+)(?:~(\d+))?/.exec(script.slice(i)) as RegExpExecArray;
      i += m[0].length;
      if (m[2] !== undefined) return { kind: 'step', first: Number(m[1]), step: Number(m[2]) };
      return { kind: 'line', n: Number(m[1]) };
    }
    if (c === '$') {
      i++;
      return { kind: 'last' };
    }
    if (c === '/' || c === '\\') {
      const delim = c === '\\' ? (script[i + 1] as string) : '/';
      i += c === '\\' ? 2 : 1;
      const [src, next] = readDelimited(script, i, delim);
      i = next;
      let flags = '';
      while (script[i] === 'I' || script[i] === 'M') {
        flags += script[i] === 'I' ? 'i' : 'm';
        i++;
      }
      return { kind: 're', re: regex(src, ere, flags) };
    }
    return undefined;
  };
  while (i < script.length) {
    while (i < script.length && /[ \t\n;]/.test(script[i] as string)) i++;
    if (i >= script.length) break;
    if (script[i] === '#') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    const cmd: Cmd = { negate: false, name: '' };
    cmd.a1 = addr();
    if (cmd.a1 && script[i] === ',') {
      i++;
      skipWs();
      if (script[i] === '+' || script[i] === '~') {
        const m = /^[+~](\d+)/.exec(script.slice(i)) as RegExpExecArray;
        cmd.a2 = { kind: 'line', n: -Number(m[1]) };
        i += m[0].length;
      } else cmd.a2 = addr();
    }
    skipWs();
    while (script[i] === '!') {
      cmd.negate = true;
      i++;
      skipWs();
    }
    const name = script[i++];
    if (name === undefined) die('-e expression #1, char ' + i + ': missing command');
    cmd.name = name;
    switch (name) {
      case '{':
        open.push(cmds.length);
        break;
      case '}':
        {
          const at = open.pop();
          const block = at === undefined ? undefined : cmds[at];
          if (!block) die("-e expression #1: unexpected `}'");
          block.end = cmds.length;
        }
        break;
      case 's': {
        const delim = script[i++] as string;
        const [src, a] = readDelimited(script, i, delim);
        const [repl, b] = readDelimited(script, a, delim);
        i = b;
        let flags = '';
        cmd.global = false;
        for (;;) {
          const f = script[i];
          if (f === 'g') cmd.global = true;
          else if (f === 'p') cmd.print = true;
          else if (f === 'i' || f === 'I') flags += 'i';
          else if (f === 'm' || f === 'M') flags += 'm';
          else if (f !== undefined && /\d/.test(f)) {
            const m = /^\d+/.exec(script.slice(i)) as RegExpExecArray;
            cmd.nth = Number(m[0]);
            i += m[0].length - 1;
          } else if (f === 'w') {
            const m = /^w\s*([^\n]*)/.exec(script.slice(i)) as RegExpExecArray;
            cmd.wfile = m[1];
            i += m[0].length - 1;
          } else break;
          i++;
        }
        cmd.re = regex(src, ere, `g${flags}`);
        cmd.repl = repl;
        break;
      }
      case 'y': {
        const delim = script[i++] as string;
        const [from, a] = readDelimited(script, i, delim);
        const [to, b] = readDelimited(script, a, delim);
        i = b;
        if ([...from].length !== [...to].length)
          die('-e expression #1, char ' + i + ": strings for `y' command are different lengths");
        cmd.map = new Map([...from].map((c, k) => [c, [...to][k] as string]));
        break;
      }
      case 'a':
      case 'i':
      case 'c': {
        skipWs();
        if (script[i] === '\\') {
          i++;
          if (script[i] === '\n') i++;
        }
        let t = '';
        while (i < script.length && script[i] !== '\n') {
          if (script[i] === '\\' && i + 1 < script.length) i++;
          t += script[i++];
        }
        cmd.text = t;
        break;
      }
      case 'b':
      case 't':
      case 'T':
      case ':': {
        skipWs();
        const m = /^[^;\n}]*/.exec(script.slice(i)) as RegExpExecArray;
        cmd.label = m[0].trim();
        i += m[0].length;
        if (name === ':' && cmd.label === '') die('-e expression #1: ":" lacks a label');
        break;
      }
      case 'q':
      case 'Q': {
        skipWs();
        const m = /^\d*/.exec(script.slice(i)) as RegExpExecArray;
        cmd.int = m[0] ? Number(m[0]) : 0;
        i += m[0].length;
        break;
      }
      case 'r':
      case 'w': {
        const m = /^\s*([^\n]*)/.exec(script.slice(i)) as RegExpExecArray;
        cmd.wfile = m[1];
        i += m[0].length;
        break;
      }
      default:
        if (!'dDpPnNl=hHgGxz'.includes(name)) die(`-e expression #1, char ${i}: unknown command: \`${name}'`);
    }
    cmds.push(cmd);
  }
  if (open.length) die("-e expression #1, char 0: unmatched `{'");
  return cmds;
}

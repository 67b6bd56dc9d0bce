// Guest zone (userland /bin/sh): the tokenizer. It finds word boundaries (quotes, `$(…)`, `${…}`,
// backquotes, `$((…))` nest inside a word), operators, newlines and here-document bodies.

import type { Redir } from './ast.js';

export type Tok =
  | { k: 'word'; v: string }
  | { k: 'op'; v: string }
  | { k: 'io'; v: number }
  | { k: 'nl' }
  | { k: 'eof' };

/** A syntax error, reported as dash does (`sh: 1: Syntax error: …`). */
export class SyntaxError_ extends Error {}

const OPS = ['&&', '||', ';;', '<<-', '<<', '>>', '<&', '>&', '<>', '>|', ';', '&', '|', '(', ')', '<', '>'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

export class Lexer {
  pos = 0;
  line = 1;
  /** Where the last token handed out by next() ended, and where the peeked one starts. */
  lastEnd = 0;
  tokStart = 0;
  private pending: Redir[] = [];
  private peeked: Tok | null = null;

  constructor(readonly src: string) {}

  /** Queues a here-document whose body starts after the next newline. */
  addHeredoc(r: Redir): void {
    this.pending.push(r);
  }

  peek(): Tok {
    if (!this.peeked) {
      const t = this.lex();
      this.peekEnd = this.pos;
      this.peeked = t;
    }
    return this.peeked;
  }

  next(): Tok {
    const t = this.peek();
    this.peeked = null;
    this.lastEnd = this.peekEnd;
    return t;
  }
  private peekEnd = 0;

  private lex(): Tok {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#') while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      else break;
    }
    this.tokStart = this.pos;
    if (this.pos >= s.length) return { k: 'eof' };
    const c = s[this.pos] as string;
    if (c === '\n') {
      this.pos++;
      this.line++;
      this.readHeredocs();
      return { k: 'nl' };
    }
    for (const op of OPS) {
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { k: 'op', v: op };
      }
    }
    const start = this.pos;
    this.scanWord();
    const v = s.slice(start, this.pos);
    if (/^\d+$/.test(v) && (s[this.pos] === '<' || s[this.pos] === '>')) return { k: 'io', v: Number(v) };
    return { k: 'word', v };
  }

  private scanWord(): void {
    const s = this.src;
    while (this.pos < s.length && !META.has(s[this.pos] as string)) this.skipUnit();
  }

  /** Advances over one lexical unit of a word: a char, an escape, a quoted string or an expansion. */
  private skipUnit(): void {
    const s = this.src;
    const c = s[this.pos];
    if (c === '\\') this.pos += 2;
    else if (c === "'") {
      const end = s.indexOf("'", this.pos + 1);
      if (end < 0) throw new SyntaxError_('Unterminated quoted string');
      this.pos = end + 1;
    } else if (c === '"') {
      this.pos++;
      while (s[this.pos] !== '"') {
        if (this.pos >= s.length) throw new SyntaxError_('Unterminated quoted string');
        if (s[this.pos] === '\\') this.pos += 2;
        else if (s[this.pos] === '$' || s[this.pos] === '`') this.skipUnit();
        else this.pos++;
      }
      this.pos++;
    } else if (c === '`') {
      this.pos++;
      while (s[this.pos] !== '`') {
        if (this.pos >= s.length) throw new SyntaxError_('EOF in backquote substitution');
        this.pos += s[this.pos] === '\\' ? 2 : 1;
      }
      this.pos++;
    } else if (c === '$' && s[this.pos + 1] === '(') {
      this.pos = substEnd(s, this.pos);
    } else if (c === '$' && s[this.pos + 1] === '{') {
      this.pos = matchBrace(s, this.pos + 1);
    } else this.pos++;
  }

  private readHeredocs(): void {
    for (const r of this.pending.splice(0)) {
      const h = r.heredoc as { body: string; quoted: boolean };
      const lines: string[] = [];
      for (;;) {
        if (this.pos >= this.src.length) break;
        let end = this.src.indexOf('\n', this.pos);
        if (end < 0) end = this.src.length;
        let line = this.src.slice(this.pos, end);
        this.pos = Math.min(end + 1, this.src.length);
        this.line++;
        if (r.op === '<<-') line = line.replace(/^\t+/, '');
        if (line === r.target) break;
        lines.push(line);
      }
      h.body = lines.length ? `${lines.join('\n')}\n` : '';
    }
  }
}

let parseSubst: ((s: string, from: number) => number) | null = null;
/** The parser registers how to find the end of `$(…)` by parsing it (a `case` inside has bare `)`). */
export function setSubstParser(fn: (s: string, from: number) => number): void {
  parseSubst = fn;
}

/** Index just past the `$(…)` or `$((…))` starting with the `$` at `dollar`. */
export function substEnd(s: string, dollar: number): number {
  if (s[dollar + 2] === '(' || !parseSubst) return matchParen(s, dollar + 1);
  return parseSubst(s, dollar + 2);
}

/** Index just past the `)` matching the `(` at `open` (quotes and nesting respected). */
export function matchParen(s: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") i = s.indexOf("'", i + 1) + 1 || s.length;
    else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
      if (depth === 0) return i;
    } else if (c === '#' && (i === 0 || /[\s;(]/.test(s[i - 1] as string))) {
      while (i < s.length && s[i] !== '\n') i++;
    } else i++;
  }
  throw new SyntaxError_('Missing )');
}

/** Index just past the `}` matching the `{` at `open`. */
export function matchBrace(s: string, open: number): number {
  let depth = 0;
  let i = open;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") i = s.indexOf("'", i + 1) + 1 || s.length;
    else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') i += s[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '$' && s[i + 1] === '(') i = substEnd(s, i);
    else if (c === '{') {
      depth++;
      i++;
    } else if (c === '}') {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  throw new SyntaxError_('Missing }');
}

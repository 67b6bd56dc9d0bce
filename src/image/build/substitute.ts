// Host zone: Docker's word processing for Containerfile instructions — quote removal, the escape
// character, and variable substitution (`$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
// `${VAR:+alt}`, `${VAR+alt}`, `${VAR:?message}`). Single quotes keep everything literal; double
// quotes keep spaces but still expand. Used for FROM, COPY, ADD, ENV, ARG, LABEL, EXPOSE, USER,
// VOLUME, WORKDIR and STOPSIGNAL (RUN, CMD and ENTRYPOINT leave expansion to the shell).

import { BuildError } from './parser.js';

/** Variables in scope: a name → value lookup (undefined: unset). */
export type Vars = (name: string) => string | undefined;

const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;

class Lexer {
  private i = 0;
  /** Variables that were looked up, so the builder can tell which build args were used. */
  constructor(
    private readonly s: string,
    private readonly vars: Vars,
    private readonly esc: string,
    private readonly where: string,
    /** False for here-document bodies: quotes are literal, only variables expand. */
    private readonly quotes = true,
  ) {}

  /** Splits into words (unquoted whitespace separates), each with quotes removed and vars expanded. */
  words(): string[] {
    const out: string[] = [];
    let word = '';
    let inWord = false;
    while (this.i < this.s.length) {
      const c = this.s[this.i] as string;
      if (/\s/.test(c)) {
        if (inWord) out.push(word);
        word = '';
        inWord = false;
        this.i++;
        continue;
      }
      if (c === '$') {
        // An unquoted expansion is split at its whitespace, as the shell (and Docker) do.
        const parts = this.dollar().split(/\s+/);
        parts.forEach((p, i) => {
          if (i > 0) {
            if (inWord) out.push(word);
            word = '';
            inWord = false;
          }
          if (p !== '') {
            word += p;
            inWord = true;
          }
        });
        continue;
      }
      inWord = true;
      word += this.piece();
    }
    if (inWord) out.push(word);
    return out;
  }

  /** The whole text as one word: quotes removed, vars expanded, whitespace kept. */
  word(): string {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i] as string;
      if (/\s/.test(c)) {
        out += c;
        this.i++;
      } else out += this.piece();
    }
    return out;
  }

  /** One unit: a quoted run, an escaped char, a variable, or a plain char. */
  private piece(): string {
    const c = this.s[this.i] as string;
    if (!this.quotes) {
      const n = this.s[this.i + 1];
      if (c === this.esc && (n === '$' || n === this.esc)) {
        this.i += 2;
        return n;
      }
      if (c === '$') return this.dollar();
      this.i++;
      return c;
    }
    if (c === "'") return this.single();
    if (c === '"') return this.double();
    if (c === this.esc) {
      this.i++;
      if (this.i >= this.s.length) return this.esc;
      return this.s[this.i++] as string;
    }
    if (c === '$') return this.dollar();
    this.i++;
    return c;
  }

  private single(): string {
    const end = this.s.indexOf("'", this.i + 1);
    if (end < 0)
      throw new BuildError(`${this.where}: unexpected end of statement while looking for matching '`);
    const v = this.s.slice(this.i + 1, end);
    this.i = end + 1;
    return v;
  }

  private double(): string {
    this.i++;
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i] as string;
      if (c === '"') {
        this.i++;
        return out;
      }
      if (c === this.esc && this.i + 1 < this.s.length) {
        const n = this.s[this.i + 1] as string;
        // Inside double quotes the escape only escapes `"`, `$` and itself; otherwise it is literal.
        if (n === '"' || n === '$' || n === this.esc) {
          out += n;
          this.i += 2;
          continue;
        }
      }
      if (c === '$') {
        out += this.dollar();
        continue;
      }
      out += c;
      this.i++;
    }
    throw new BuildError(`${this.where}: unexpected end of statement while looking for matching "`);
  }

  private dollar(): string {
    this.i++;
    const c = this.s[this.i];
    if (c === '{') return this.braced();
    if (c === undefined || !NAME_START.test(c)) return '$';
    let name = '';
    while (this.i < this.s.length && NAME_CHAR.test(this.s[this.i] as string)) name += this.s[this.i++];
    return this.vars(name) ?? '';
  }

  private braced(): string {
    this.i++;
    let name = '';
    while (this.i < this.s.length && NAME_CHAR.test(this.s[this.i] as string)) name += this.s[this.i++];
    if (name === '') throw new BuildError(`${this.where}: bad substitution: missing variable name`);
    if (this.s[this.i] === '}') {
      this.i++;
      return this.vars(name) ?? '';
    }
    const op = /^(:-|:\+|:\?|-|\+|\?)/.exec(this.s.slice(this.i))?.[0];
    if (op === undefined)
      throw new BuildError(`${this.where}: unsupported modifier in substitution \${${name}...}`);
    this.i += op.length;
    // The operand is itself a word (it may hold quotes and variables), up to the closing brace.
    let operand = '';
    while (this.i < this.s.length && this.s[this.i] !== '}') operand += this.piece();
    if (this.s[this.i] !== '}') throw new BuildError(`${this.where}: missing '}' in substitution`);
    this.i++;
    const v = this.vars(name);
    const colon = op.startsWith(':');
    const unset = v === undefined || (colon && v === '');
    switch (op.replace(':', '')) {
      case '-':
        return unset ? operand : (v as string);
      case '+':
        return unset ? '' : operand;
      default:
        if (unset) throw new BuildError(`${this.where}: ${name}: ${operand || 'is not allowed to be unset'}`);
        return v as string;
    }
  }
}

/** Splits `text` into words with quotes removed and variables expanded (COPY sources, EXPOSE…). */
export function expandWords(text: string, vars: Vars, esc: string, where: string): string[] {
  return new Lexer(text, vars, esc, where).words();
}

/** Expands `text` as one word (WORKDIR, USER, FROM): quotes removed, whitespace kept. */
export function expandWord(text: string, vars: Vars, esc: string, where: string): string {
  return new Lexer(text, vars, esc, where).word();
}

/** Expands variables only, keeping quotes and whitespace (an unquoted here-document's body). */
export function expandVars(text: string, vars: Vars, esc: string, where: string): string {
  return new Lexer(text, vars, esc, where, false).word();
}

/**
 * Parses `KEY=VALUE …` pairs (ENV, LABEL, ARG): each word is one pair after quote removal and
 * expansion. The legacy `ENV KEY VALUE WITH SPACES` form (no `=` in the first word) is one pair.
 * ARG allows a bare `NAME` (no default): its value is undefined.
 */
export function expandPairs(
  text: string,
  vars: Vars,
  esc: string,
  where: string,
  keyword: string,
): Array<[string, string | undefined]> {
  const first = /^\S+/.exec(text)?.[0] ?? '';
  if (!first.includes('=') && keyword !== 'ARG') {
    const m = /^(\S+)\s+([\s\S]*)$/.exec(text);
    if (!m) throw new BuildError(`${where}: ${keyword} must have two arguments`);
    return [[m[1] as string, expandWord(m[2] as string, vars, esc, where)]];
  }
  return expandWords(text, vars, esc, where).map((w): [string, string | undefined] => {
    const eq = w.indexOf('=');
    if (eq < 0) {
      if (keyword !== 'ARG')
        throw new BuildError(`${where}: ${keyword} names must be followed by =VALUE: ${w}`);
      return [w, undefined];
    }
    if (eq === 0) throw new BuildError(`${where}: ${keyword} names can not be blank`);
    return [w.slice(0, eq), w.slice(eq + 1)];
  });
}

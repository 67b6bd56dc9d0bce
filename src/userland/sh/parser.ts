// Guest zone (userland /bin/sh): a recursive-descent parser for the POSIX shell grammar (lists,
// and-or lists, pipelines, compound commands, functions, redirections, here-documents).

import type { Node, Redir } from './ast.js';
import { Lexer, SyntaxError_, setSubstParser, type Tok } from './lexer.js';

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'case',
  'esac',
  'while',
  'until',
  'for',
  'in',
  '{',
  '}',
  '!',
]);
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Parses a whole script; throws SyntaxError_ with dash's wording. */
export function parse(src: string): Node {
  const p = new Parser(new Lexer(src));
  const list = p.list(true);
  const t = p.lx.peek();
  if (t.k !== 'eof') throw new SyntaxError_(`"${tokText(t)}" unexpected`);
  return list;
}

function tokText(t: Tok): string {
  if (t.k === 'word' || t.k === 'op') return String(t.v);
  if (t.k === 'nl') return 'newline';
  if (t.k === 'io') return String(t.v);
  return 'end of file';
}

setSubstParser((s, from) => {
  const lx = new Lexer(s);
  lx.pos = from;
  const p = new Parser(lx);
  p.list(true);
  const t = lx.next();
  if (t.k !== 'op' || t.v !== ')') throw new SyntaxError_('Missing )');
  return lx.pos;
});

/** Reads a script one complete command (one line's list) at a time, as dash does. */
export class ScriptReader {
  private readonly p: Parser;
  constructor(src: string) {
    this.p = new Parser(new Lexer(src));
  }
  /** Line number where the next command starts (for error messages). */
  get line(): number {
    return this.p.lx.line;
  }
  /** The next complete command, or null at end of input. */
  next(): Node | null {
    const lx = this.p.lx;
    while (lx.peek().k === 'nl') lx.next();
    if (lx.peek().k === 'eof') return null;
    const items: Array<{ node: Node; bg: boolean }> = [];
    for (;;) {
      const t = lx.peek();
      if (t.k === 'nl' || t.k === 'eof') break;
      const node = this.p.andOr();
      let bg = false;
      const s = lx.peek();
      if (s.k === 'op' && (s.v === ';' || s.v === '&')) {
        bg = s.v === '&';
        lx.next();
      } else if (s.k !== 'nl' && s.k !== 'eof') throw new SyntaxError_(`"${tokText(s)}" unexpected`);
      items.push({ node, bg });
    }
    return { t: 'list', items };
  }
}

class Parser {
  constructor(readonly lx: Lexer) {}

  private isWord(v: string): boolean {
    const t = this.lx.peek();
    return t.k === 'word' && t.v === v;
  }

  private isOp(v: string): boolean {
    const t = this.lx.peek();
    return t.k === 'op' && t.v === v;
  }

  private expectWord(v: string): void {
    if (!this.isWord(v)) throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected (expecting "${v}")`);
    this.lx.next();
  }

  private linebreak(): void {
    while (this.lx.peek().k === 'nl') this.lx.next();
  }

  /** True when the next token ends a list (a closing reserved word, `)`, `;;` or EOF). */
  private atListEnd(): boolean {
    const t = this.lx.peek();
    if (t.k === 'eof') return true;
    if (t.k === 'op') return t.v === ')' || t.v === ';;';
    if (t.k === 'word') return ['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}'].includes(t.v);
    return false;
  }

  list(top = false): Node {
    const items: Array<{ node: Node; bg: boolean }> = [];
    this.linebreak();
    while (!this.atListEnd()) {
      const node = this.andOr();
      let bg = false;
      const t = this.lx.peek();
      if (t.k === 'op' && (t.v === ';' || t.v === '&')) {
        bg = t.v === '&';
        this.lx.next();
      } else if (t.k === 'nl') {
        // newline separator
      } else if (!this.atListEnd()) throw new SyntaxError_(`"${tokText(t)}" unexpected`);
      items.push({ node, bg });
      this.linebreak();
    }
    if (items.length === 0 && !top) throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected`);
    return { t: 'list', items };
  }

  andOr(): Node {
    this.lx.peek();
    const start = this.lx.tokStart;
    const node = this.andOrInner();
    node.src = this.lx.src.slice(start, this.lx.lastEnd);
    return node;
  }

  private andOrInner(): Node {
    const first = this.pipeline();
    const rest: Array<['&&' | '||', Node]> = [];
    for (;;) {
      const t = this.lx.peek();
      if (t.k !== 'op' || (t.v !== '&&' && t.v !== '||')) break;
      this.lx.next();
      this.linebreak();
      rest.push([t.v as '&&' | '||', this.pipeline()]);
    }
    return rest.length ? { t: 'andor', first, rest } : first;
  }

  private pipeline(): Node {
    let bang = false;
    if (this.isWord('!')) {
      this.lx.next();
      bang = true;
    }
    const cmds = [this.command()];
    while (this.isOp('|')) {
      this.lx.next();
      this.linebreak();
      cmds.push(this.command());
    }
    return cmds.length === 1 && !bang ? (cmds[0] as Node) : { t: 'pipeline', cmds, bang };
  }

  private command(): Node {
    const t = this.lx.peek();
    let node: Node | null = null;
    if (t.k === 'op' && t.v === '(') {
      this.lx.next();
      const body = this.list();
      if (!this.isOp(')')) throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected (expecting ")")`);
      this.lx.next();
      node = { t: 'subshell', body };
    } else if (t.k === 'word') {
      node = this.compound(t.v);
    }
    if (node) {
      const redirs: Redir[] = [];
      while (this.tryRedir(redirs)) {}
      return redirs.length ? { t: 'redirected', node, redirs } : node;
    }
    return this.simple();
  }

  private compound(w: string): Node | null {
    switch (w) {
      case '{': {
        this.lx.next();
        const body = this.list();
        this.expectWord('}');
        return { t: 'brace', body };
      }
      case 'if': {
        this.lx.next();
        const clauses: Array<[Node, Node]> = [];
        let otherwise: Node | null = null;
        for (;;) {
          const cond = this.list();
          this.expectWord('then');
          clauses.push([cond, this.list()]);
          if (this.isWord('elif')) {
            this.lx.next();
            continue;
          }
          if (this.isWord('else')) {
            this.lx.next();
            otherwise = this.list();
          }
          this.expectWord('fi');
          return { t: 'if', clauses, otherwise };
        }
      }
      case 'while':
      case 'until': {
        this.lx.next();
        const cond = this.list();
        this.expectWord('do');
        const body = this.list();
        this.expectWord('done');
        return { t: 'loop', until: w === 'until', cond, body };
      }
      case 'for':
        return this.forLoop();
      case 'case':
        return this.caseCmd();
      default:
        if (RESERVED.has(w) && w !== '!') throw new SyntaxError_(`"${w}" unexpected`);
        return null;
    }
  }

  private forLoop(): Node {
    this.lx.next();
    const n = this.lx.next();
    if (n.k !== 'word' || !NAME.test(n.v)) throw new SyntaxError_(`Bad for loop variable`);
    let words: string[] | null = null;
    this.linebreak();
    if (this.isWord('in')) {
      this.lx.next();
      words = [];
      for (let t = this.lx.peek(); t.k === 'word'; t = this.lx.peek())
        words.push((this.lx.next() as { v: string }).v);
      if (this.isOp(';')) this.lx.next();
    } else if (this.isOp(';')) this.lx.next();
    this.linebreak();
    this.expectWord('do');
    const body = this.list();
    this.expectWord('done');
    return { t: 'for', name: n.v, words, body };
  }

  private caseCmd(): Node {
    this.lx.next();
    const w = this.lx.next();
    if (w.k !== 'word') throw new SyntaxError_(`"${tokText(w)}" unexpected`);
    this.linebreak();
    this.expectWord('in');
    this.linebreak();
    const items: Array<{ patterns: string[]; body: Node | null }> = [];
    while (!this.isWord('esac')) {
      if (this.isOp('(')) this.lx.next();
      const patterns: string[] = [];
      for (;;) {
        const p = this.lx.next();
        if (p.k !== 'word') throw new SyntaxError_(`"${tokText(p)}" unexpected`);
        patterns.push(p.v);
        if (this.isOp('|')) {
          this.lx.next();
          continue;
        }
        break;
      }
      if (!this.isOp(')')) throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected (expecting ")")`);
      this.lx.next();
      this.linebreak();
      const body = this.atListEnd() ? null : this.list();
      items.push({ patterns, body });
      if (this.isOp(';;')) {
        this.lx.next();
        this.linebreak();
      } else if (!this.isWord('esac'))
        throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected (expecting ";;")`);
    }
    this.lx.next();
    return { t: 'case', word: w.v, items };
  }

  private tryRedir(redirs: Redir[]): boolean {
    let t = this.lx.peek();
    let fd: number | null = null;
    if (t.k === 'io') {
      fd = t.v;
      this.lx.next();
      t = this.lx.peek();
    }
    if (t.k !== 'op' || !['<', '>', '>>', '>|', '<>', '<&', '>&', '<<', '<<-'].includes(t.v)) {
      if (fd !== null) throw new SyntaxError_('redirection expected');
      return false;
    }
    this.lx.next();
    const target = this.lx.next();
    if (target.k !== 'word') throw new SyntaxError_(`"${tokText(target)}" unexpected`);
    const r: Redir = { fd, op: t.v as Redir['op'], target: target.v };
    if (t.v === '<<' || t.v === '<<-') {
      const quoted = /['"\\]/.test(target.v);
      r.target = target.v.replace(/\\(.)/g, '$1').replace(/['"]/g, '');
      r.heredoc = { body: '', quoted };
      this.lx.addHeredoc(r);
    }
    redirs.push(r);
    return true;
  }

  private simple(): Node {
    const assigns: string[] = [];
    const words: string[] = [];
    const redirs: Redir[] = [];
    for (;;) {
      if (this.tryRedir(redirs)) continue;
      const t = this.lx.peek();
      if (t.k !== 'word') break;
      if (words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(t.v)) {
        assigns.push(t.v);
        this.lx.next();
        continue;
      }
      this.lx.next();
      words.push(t.v);
      if (words.length === 1 && assigns.length === 0 && NAME.test(t.v) && this.isOp('('))
        return this.funcDef(t.v);
    }
    if (!assigns.length && !words.length && !redirs.length)
      throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected`);
    return { t: 'simple', assigns, words, redirs };
  }

  private funcDef(name: string): Node {
    this.lx.next();
    if (!this.isOp(')')) throw new SyntaxError_(`"${tokText(this.lx.peek())}" unexpected (expecting ")")`);
    this.lx.next();
    this.linebreak();
    this.lx.peek();
    const start = this.lx.tokStart;
    const body = this.command();
    body.src = this.lx.src.slice(start, this.lx.lastEnd);
    return { t: 'func', name, body };
  }
}

// The shell's parser on the host (it imports nothing but itself): table cases for the grammar, and
// properties (fast-check): quoting keeps any text one word, and hostile input only ever fails with a
// syntax error, never a crash or a hang.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/userland/sh/ast.js';
import { SyntaxError_ } from '../../src/userland/sh/lexer.js';
import { parse, ScriptReader } from '../../src/userland/sh/parser.js';

const first = (n: Node): Node => (n.t === 'list' ? (n.items[0]?.node as Node) : n);

describe('sh parser', () => {
  it('parses lists, pipelines, and-or lists and background jobs', () => {
    const n = parse('a | b && c || d; e &\nf');
    expect(n.t).toBe('list');
    const items = (n as Extract<Node, { t: 'list' }>).items;
    expect(items.map((i) => i.bg)).toEqual([false, true, false]);
    expect(items[0]?.node.t).toBe('andor');
  });

  it('keeps words raw and finds $(…) ends by parsing (a case inside has a bare `)`)', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: shell source, not a template
    const n = first(parse('echo "$(case a in a) echo x;; esac)" `b` ${v:-"q w"}'));
    expect(n).toMatchObject({
      t: 'simple',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: shell source, not a template
      words: ['echo', '"$(case a in a) echo x;; esac)"', '`b`', '${v:-"q w"}'],
    });
  });

  it('collects here-documents, stripping tabs for <<- and noting a quoted delimiter', () => {
    const n = first(parse("cat <<-'E'\n\tone $x\n\tE\necho after"));
    expect(n).toMatchObject({
      redirs: [{ op: '<<-', target: 'E', heredoc: { body: 'one $x\n', quoted: true } }],
    });
  });

  it('parses compound commands and function definitions', () => {
    const src =
      'f() { if a; then b; elif c; then d; else e; fi; }\nfor i in 1 2; do :; done\ncase x in a|b) y;; esac';
    const items = (parse(src) as Extract<Node, { t: 'list' }>).items.map((i) => i.node.t);
    expect(items).toEqual(['func', 'for', 'case']);
  });

  it('reports syntax errors in dash words', () => {
    expect(() => parse('if then')).toThrow(SyntaxError_);
    expect(() => parse('echo a (')).toThrow('"(" unexpected');
    expect(() => parse("echo 'open")).toThrow('Unterminated quoted string');
  });

  it('reads one complete command (a line) at a time', () => {
    const r = new ScriptReader('echo a; echo b\n\necho c\n');
    expect((r.next() as Extract<Node, { t: 'list' }>).items).toHaveLength(2);
    expect((r.next() as Extract<Node, { t: 'list' }>).items).toHaveLength(1);
    expect(r.next()).toBeNull();
  });

  it('property: any text single-quoted is one word', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const q = `'${text.replaceAll("'", `'\\''`)}'`;
        const n = first(parse(`echo ${q}`));
        expect(n).toMatchObject({ t: 'simple', words: ['echo', q] });
      }),
    );
  });

  it('property: arbitrary shell-ish input parses or fails with a syntax error only', () => {
    const alphabet = fc.constantFrom(
      ...'ab $(){}[];|&<>\'"`\\\n#=*?!-~0123456789'.split(''),
      'if ',
      'then ',
      'fi',
      'case ',
      ' in ',
      'esac',
      ';;',
      'do ',
      'done',
      '<<E\n',
      'E\n',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        try {
          parse(chars.join(''));
        } catch (e) {
          expect(e).toBeInstanceOf(SyntaxError_);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('sh parser source text', () => {
  it('records each and-or list and function body source (for background subshells)', () => {
    const n = parse('a | b && { c; }  &\nf() { x "$@"; }\n') as Extract<Node, { t: 'list' }>;
    expect(n.items[0]?.node.src).toBe('a | b && { c; }');
    const f = n.items[1]?.node as Extract<Node, { t: 'func' }>;
    expect(f.body.src).toBe('{ x "$@"; }');
  });
});

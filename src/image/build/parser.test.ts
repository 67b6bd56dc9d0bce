// Unit tests: the Containerfile parser (directives, comments, continuations, JSON form, flags,
// errors with file:line) and Docker's word processing (quotes, escapes, `${VAR:-x}` and friends).

// biome-ignore-all lint/suspicious/noTemplateCurlyInString: Containerfile text uses ${VAR} literally

import { describe, expect, it } from 'vitest';
import { BuildError, parseContainerfile } from './parser.js';
import { expandPairs, expandVars, expandWord, expandWords } from './substitute.js';

const parse = (s: string) => parseContainerfile(s, 'Containerfile');
const fails = (s: string) => {
  try {
    parse(s);
  } catch (e) {
    expect(e).toBeInstanceOf(BuildError);
    return (e as Error).message;
  }
  throw new Error('expected a parse error');
};

describe('parseContainerfile', () => {
  it('reads instructions with their line numbers, skipping comments and blank lines', () => {
    const p = parse('# top\n\nfrom base AS Build\n  # indented comment\nRUN echo hi\ncmd ["node", "a.js"]\n');
    expect(p.instructions.map((i) => [i.keyword, i.line, i.args])).toEqual([
      ['FROM', 3, 'base AS Build'],
      ['RUN', 5, 'echo hi'],
      ['CMD', 6, '["node", "a.js"]'],
    ]);
    expect(p.instructions[2]?.json).toEqual(['node', 'a.js']);
    expect(p.instructions[1]?.json).toBeUndefined();
  });

  it('joins continuation lines, dropping comment and empty lines inside them', () => {
    const p = parse('RUN echo a \\\n# a comment\n\n  && echo b \\\n  && echo c\nENV X=1\n');
    expect(p.instructions[0]?.args).toBe('echo a   && echo b   && echo c');
    expect(p.instructions[1]?.line).toBe(6);
  });

  it('honours the escape directive (backtick, as on Windows)', () => {
    const p = parse('# escape=`\nRUN echo a `\n  b\nCOPY c:\\dir\\ /x\n');
    expect(p.esc).toBe('`');
    expect(p.instructions[0]?.args).toBe('echo a   b');
    expect(p.instructions[1]?.args).toBe('c:\\dir\\ /x');
    // A directive after the first instruction is only a comment.
    expect(parse('FROM base\n# escape=`\nRUN a `\n').instructions[1]?.args).toBe('a `');
  });

  it('splits leading --flags off COPY/ADD/FROM/RUN only', () => {
    const p = parse('COPY --from=build --chown=1:2 a b\nCMD --help\n');
    expect([...(p.instructions[0]?.flags ?? [])]).toEqual([
      ['from', 'build'],
      ['chown', '1:2'],
    ]);
    expect(p.instructions[0]?.args).toBe('a b');
    expect(p.instructions[1]?.args).toBe('--help');
  });

  it('a JSON-looking argument that is not a string array is shell form', () => {
    expect(parse('CMD [1, 2]').instructions[0]?.json).toBeUndefined();
    expect(parse('CMD ["a", ').instructions[0]?.json).toBeUndefined();
  });

  it('reads here-documents after RUN/COPY/ADD: <<EOF, <<-EOF (tabs stripped), quoted names', () => {
    const p = parse(
      'RUN <<EOF\necho a\n  echo "$B"\nEOF\nCOPY <<-"ONE" <<TWO /x/\n\tone $A\n\tONE\ntwo\nTWO\nCMD x\n',
    );
    expect(p.instructions.map((i) => i.keyword)).toEqual(['RUN', 'COPY', 'CMD']);
    expect(p.instructions[0]?.heredocs).toEqual([
      { name: 'EOF', body: 'echo a\n  echo "$B"\n', expand: true },
    ]);
    expect(p.instructions[1]?.heredocs).toEqual([
      { name: 'ONE', body: 'one $A\n', expand: false },
      { name: 'TWO', body: 'two\n', expand: true },
    ]);
    expect(p.instructions[2]?.line).toBe(10);
    expect(fails('FROM base\nRUN <<EOF\necho never closed\n')).toBe(
      'Containerfile:2: unterminated here-document <<EOF',
    );
  });

  it('rejects unknown instructions, empty arguments and bad directives with file:line', () => {
    expect(fails('FROM base\n\nFOO bar\n')).toBe('Containerfile:3: unknown instruction: FOO');
    expect(fails('FROM base\nRUN\n')).toBe('Containerfile:2: RUN requires at least one argument');
    expect(fails('# escape=x\nFROM base\n')).toMatch(/^Containerfile:1: invalid escape token 'x'/);
    expect(fails('FROM base\nONBUILD RUN x\n')).toBe(
      'Containerfile:2: ONBUILD is not supported by tsvirt build',
    );
    expect(fails('COPY --from=a --from=b x y\n')).toBe('Containerfile:1: duplicate flag specified: --from');
  });
});

describe('substitution', () => {
  const vars = (name: string) => ({ A: 'alpha', E: '', SP: 'a b' })[name];
  const w = (s: string) => expandWord(s, vars, '\\', 'F:1');
  const ws = (s: string) => expandWords(s, vars, '\\', 'F:1');

  it('expands $VAR and ${VAR}, unset as empty', () => {
    expect(w('$A/${A}x/$NOPE.')).toBe('alpha/alphax/.');
    expect(w('cost $5 $')).toBe('cost $5 $');
  });

  it('supports :- - :+ + and :? modifiers like Docker', () => {
    expect(w('${E:-def} ${E-def} ${NOPE-def}')).toBe('def  def');
    expect(w('${A:+set} ${E:+set} ${E+set}')).toBe('set  set');
    expect(w('${NOPE:-$A}')).toBe('alpha');
    expect(() => w('${NOPE:?must be set}')).toThrow('F:1: NOPE: must be set');
  });

  it('removes quotes: single quotes are literal, double quotes expand and keep spaces', () => {
    expect(ws(`'$A b' "$A b" c\\ d $SP`)).toEqual(['$A b', 'alpha b', 'c d', 'a', 'b']);
    expect(w('"a\\"b" \\$A')).toBe('a"b $A');
    expect(() => w('"open')).toThrow(/matching "/);
  });

  it('expands only variables in an unquoted here-document body', () => {
    expect(expandVars(`say "$A" 'x' \\$A \${E:-d}\n`, vars, '\\', 'F:1')).toBe(`say "alpha" 'x' $A d\n`);
  });

  it('parses KEY=VALUE pairs and the legacy ENV form', () => {
    expect(expandPairs('X=1 Y="two words" Z=$A', vars, '\\', 'F:1', 'ENV')).toEqual([
      ['X', '1'],
      ['Y', 'two words'],
      ['Z', 'alpha'],
    ]);
    expect(expandPairs('X value with  spaces', vars, '\\', 'F:1', 'ENV')).toEqual([
      ['X', 'value with  spaces'],
    ]);
    expect(expandPairs('NAME OTHER=2', vars, '\\', 'F:1', 'ARG')).toEqual([
      ['NAME', undefined],
      ['OTHER', '2'],
    ]);
    expect(() => expandPairs('=x', vars, '\\', 'F:1', 'LABEL')).toThrow('LABEL names can not be blank');
  });
});

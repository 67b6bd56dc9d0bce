// Host zone: the Containerfile (Dockerfile) parser — parser directives (`# escape=`), comments, line
// continuations, one `Instruction` per logical line with its 1-based line number, the JSON (exec)
// form recognised, and leading `--flag=value` options split off. No substitution happens here: which
// instructions expand `$VAR`, and with which variables, is the builder's business (substitute.ts).

/** A build error: one line naming the file and line when there is one (the CLI exits 1 with it). */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  /** The exit code the build ends with (a failing RUN's own code; 1 otherwise, as Docker). */
  readonly exitCode: number;

  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** One instruction of a Containerfile. */
export interface Instruction {
  /** The keyword, upper case (`RUN`). */
  keyword: string;
  /** Everything after the keyword and its flags, continuation lines joined, trimmed. */
  args: string;
  /** The arguments as a JSON array of strings, when written in that (exec) form. */
  json: string[] | undefined;
  /** Leading `--name=value` options (`--from`, `--chown`, `--chmod`), in order. */
  flags: Map<string, string>;
  /** Where the instruction starts: 1-based line number. */
  line: number;
  /** The instruction as written, continuations joined (for history and progress). */
  text: string;
  /** Here-documents (`<<EOF` … `EOF`) of a RUN, COPY or ADD, in the order they are named. */
  heredocs: Heredoc[];
}

/** One here-document: `<<NAME` (or `<<-NAME`, `<<"NAME"`) and the lines up to `NAME`. */
export interface Heredoc {
  name: string;
  body: string;
  /** False when the name was quoted: the body is taken literally (no `$VAR` expansion). */
  expand: boolean;
}

const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const HEREDOC = /<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g;

/** Reads the bodies of the here-documents `args` names from the lines after the instruction. */
function readHeredocs(
  args: string,
  lines: readonly string[],
  start: number,
  where: string,
): { heredocs: Heredoc[]; next: number } {
  const heredocs: Heredoc[] = [];
  let i = start;
  for (const m of args.matchAll(HEREDOC)) {
    const [, dash, quote, name] = m as unknown as [string, string, string, string];
    const body: string[] = [];
    for (;;) {
      if (i >= lines.length) throw new BuildError(`${where}: unterminated here-document <<${name}`);
      const l = dash ? (lines[i] as string).replace(/^\t+/, '') : (lines[i] as string);
      i++;
      if (l === name) break;
      body.push(l);
    }
    heredocs.push({ name, body: body.length ? `${body.join('\n')}\n` : '', expand: quote === '' });
  }
  return { heredocs, next: i };
}

/** A parsed Containerfile: its instructions and the escape character in effect. */
export interface ParsedFile {
  instructions: Instruction[];
  esc: string;
}

const KEYWORDS = new Set([
  'FROM',
  'RUN',
  'CMD',
  'LABEL',
  'MAINTAINER',
  'EXPOSE',
  'ENV',
  'ADD',
  'COPY',
  'ENTRYPOINT',
  'VOLUME',
  'USER',
  'WORKDIR',
  'ARG',
  'ONBUILD',
  'STOPSIGNAL',
  'HEALTHCHECK',
  'SHELL',
]);

/** Instructions whose leading `--flags` are options (others take `--` literally, e.g. `CMD --help`). */
const FLAGGED = new Set(['FROM', 'COPY', 'ADD', 'RUN']);

const DIRECTIVE = /^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$/;

/** Reads the parser directives at the top of a file (`# escape=\``); only `escape` changes parsing. */
function readDirectives(lines: readonly string[], file: string): { esc: string; first: number } {
  let esc = '\\';
  const seen = new Set<string>();
  let i = 0;
  for (; i < lines.length; i++) {
    const m = DIRECTIVE.exec(lines[i] as string);
    if (!m) break;
    const name = (m[1] as string).toLowerCase();
    if (seen.has(name))
      throw new BuildError(`${file}:${i + 1}: only one ${name} parser directive can be used`);
    seen.add(name);
    if (name === 'escape') {
      const v = m[2] as string;
      if (v !== '\\' && v !== '`')
        throw new BuildError(`${file}:${i + 1}: invalid escape token '${v}' does not match ` + '` or \\');
      esc = v;
    }
  }
  return { esc, first: i };
}

/** True when a physical line ends with the escape character (a continuation). */
function continues(line: string, esc: string): boolean {
  const t = line.trimEnd();
  if (!t.endsWith(esc)) return false;
  // An escaped escape character at the end (`\\`) is a literal, not a continuation: count the run.
  let n = 0;
  for (let i = t.length - 1; i >= 0 && t[i] === esc; i--) n++;
  return n % 2 === 1;
}

/** Parses a JSON array of strings, or undefined when the text is not one (then it is shell form). */
export function parseJsonForm(args: string): string[] | undefined {
  if (!args.startsWith('[')) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(args);
  } catch {
    return undefined;
  }
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) return undefined;
  return v as string[];
}

/** Splits leading `--name=value` / `--name` options off an instruction's arguments. */
function splitFlags(rest: string, where: string): { flags: Map<string, string>; args: string } {
  const flags = new Map<string, string>();
  let s = rest;
  for (;;) {
    const m = /^--([a-zA-Z][a-zA-Z0-9-]*)(?:=(\S*))?(?:\s+|$)/.exec(s);
    if (!m) break;
    const name = m[1] as string;
    if (flags.has(name)) throw new BuildError(`${where}: duplicate flag specified: --${name}`);
    flags.set(name, m[2] ?? 'true');
    s = s.slice(m[0].length);
  }
  return { flags, args: s.trim() };
}

/**
 * Parses a Containerfile. `file` names it in errors (`Containerfile:7: unknown instruction: FOO`).
 * Unknown instructions and instructions with no arguments are errors with file:line.
 */
export function parseContainerfile(source: string, file = 'Containerfile'): ParsedFile {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const { esc, first } = readDirectives(lines, file);
  const instructions: Instruction[] = [];
  let i = first;
  while (i < lines.length) {
    const raw = lines[i] as string;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i++;
      continue;
    }
    const line = i + 1;
    let text = '';
    let cur = raw.trimStart();
    // Join continuation lines; comment lines inside a continuation are dropped, as Docker does.
    while (continues(cur, esc)) {
      const t = cur.trimEnd();
      text += t.slice(0, -1);
      i++;
      while (i < lines.length && /^\s*(#|$)/.test(lines[i] as string)) i++;
      if (i >= lines.length) {
        cur = '';
        break;
      }
      cur = lines[i] as string;
    }
    text = (text + cur).trim();
    i++;
    const m = /^(\S+)\s*([\s\S]*)$/.exec(text);
    const word = (m?.[1] ?? '') as string;
    const keyword = word.toUpperCase();
    const where = `${file}:${line}`;
    if (!KEYWORDS.has(keyword)) throw new BuildError(`${where}: unknown instruction: ${word}`);
    if (keyword === 'ONBUILD' || keyword === 'HEALTHCHECK')
      throw new BuildError(`${where}: ${keyword} is not supported by tsvirt build`);
    const rest = (m?.[2] ?? '').trim();
    const { flags, args } = FLAGGED.has(keyword) ? splitFlags(rest, where) : { flags: new Map(), args: rest };
    if (args === '') throw new BuildError(`${where}: ${keyword} requires at least one argument`);
    let heredocs: Heredoc[] = [];
    if (HEREDOC_KEYWORDS.has(keyword)) ({ heredocs, next: i } = readHeredocs(args, lines, i, where));
    instructions.push({ keyword, args, json: parseJsonForm(args), flags, line, text, heredocs });
  }
  return { instructions, esc };
}

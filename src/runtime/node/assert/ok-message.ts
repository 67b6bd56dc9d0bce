// Guest zone: the message of a failed `assert(value)` / `assert.ok(value)` called without one, as Node
// words it: "The expression evaluated to a falsy value:" and the call's own source text, read from
// the caller's file at the call site. Node parses the file with acorn; a scanner that finds the call's
// start (the callee's dotted name) and its closing parenthesis (skipping strings, template literals,
// comments and regular expressions) yields the same text for the calls people write.

import { loadBuiltin } from '../../internal/builtins.js';

interface CallSiteLike {
  getFileName(): string | undefined | null;
  getScriptNameOrSourceURL?(): string | undefined | null;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

/** By file, line and column: a call site's message (undefined: none could be made). */
const cache = new Map<string, string | undefined>();
/** Files longer than this are not read for a message. */
const MAX_FILE = 1 << 20;

/** The call site of the caller of `fn`, read as V8's CallSite objects. */
function callerSite(fn: (...args: never[]) => unknown): CallSiteLike | undefined {
  const E = Error as unknown as {
    stackTraceLimit: number;
    prepareStackTrace?: unknown;
    captureStackTrace(o: object, f: unknown): void;
  };
  const limit = E.stackTraceLimit;
  const prepare = E.prepareStackTrace;
  try {
    E.stackTraceLimit = 1;
    E.prepareStackTrace = (_e: unknown, sites: unknown) => sites;
    const holder: { stack?: unknown } = {};
    E.captureStackTrace(holder, fn);
    const sites = holder.stack;
    return Array.isArray(sites) ? (sites[0] as CallSiteLike | undefined) : undefined;
  } finally {
    E.stackTraceLimit = limit;
    E.prepareStackTrace = prepare;
  }
}

/** The message for a falsy `assert.ok` made by `fn`'s caller, or undefined when the source is not at hand. */
export function okMessage(fn: (...args: never[]) => unknown): string | undefined {
  let site: CallSiteLike | undefined;
  try {
    site = callerSite(fn);
  } catch {
    return undefined;
  }
  if (!site) return undefined;
  const file = site.getFileName() ?? site.getScriptNameOrSourceURL?.() ?? undefined;
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (!file || file.startsWith('node:') || line === null || column === null) return undefined;
  const key = `${file}:${line}:${column}`;
  if (cache.has(key)) return cache.get(key);
  let message: string | undefined;
  try {
    const fs = loadBuiltin('fs') as {
      statSync(p: string): { size: number };
      readFileSync(p: string, e: string): string;
    };
    if (fs.statSync(file).size <= MAX_FILE) {
      const text = fs.readFileSync(file, 'utf8');
      message = expressionAt(text.split('\n').slice(line - 1), column - 1);
    }
  } catch {
    message = undefined;
  }
  if (message !== undefined) message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
  cache.set(key, message);
  return message;
}

const IDENT = /[\p{ID_Continue}$\u200c\u200d]/u;
/** After these (or at the start), a `/` begins a regular expression rather than a division. */
const BEFORE_REGEX = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);

/**
 * The call expression whose callee ends at `column` of `lines[0]` (V8 puts a call's position at the
 * called name), multi-line calls with their continuation lines' indentation up to the call's own
 * column removed, as Node prints them. Undefined when no balanced call is found.
 */
function expressionAt(lines: string[], column: number): string | undefined {
  const first = lines[0] ?? '';
  // Back over the callee's dotted name (`assert.ok`, `t.assert.strict.ok`).
  let start = column;
  while (start > 0) {
    const prev = first[start - 1] as string;
    if (IDENT.test(prev) || prev === '.') start--;
    else if (prev === '?' && first[start] === '.') start--;
    else break;
  }
  const code = lines.join('\n');
  const end = closingParen(code, column);
  if (end === undefined) return undefined;
  // Node parses an expression from each token of the line up to the call: from the callee itself, a
  // call followed by `,` and a closing bracket (an argument of an enclosing call that started on an
  // earlier line) does not parse, and then no source is quoted unless the line has earlier tokens.
  if (closedByComma(code, end) && first.slice(0, start).trim() === '') return undefined;
  const text = code.slice(start, end);
  const [head, ...rest] = text.split('\n');
  let out = head as string;
  for (const frame of rest) {
    let pos = 0;
    while (pos < start && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
    out += `\n  ${frame.slice(pos)}`;
  }
  return out.replace(
    /[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Whether `code` from `at` is `,` and then a closing bracket or the end (comments and spaces skipped). */
function closedByComma(code: string, at: number): boolean {
  const next = (i: number): number => {
    let j = i;
    for (;;) {
      while (j < code.length && /\s/.test(code[j] as string)) j++;
      if (code.startsWith('//', j)) {
        const nl = code.indexOf('\n', j);
        j = nl === -1 ? code.length : nl;
      } else if (code.startsWith('/*', j)) {
        const close = code.indexOf('*/', j + 2);
        j = close === -1 ? code.length : close + 2;
      } else return j;
    }
  };
  const comma = next(at);
  if (code[comma] !== ',') return false;
  const after = next(comma + 1);
  return after >= code.length || ')]}'.includes(code[after] as string);
}

/** The index just past the `)` closing the first `(` at or after `from`, or undefined. */
function closingParen(code: string, from: number): number | undefined {
  let i = from;
  while (i < code.length && (IDENT.test(code[i] as string) || /\s/.test(code[i] as string))) i++;
  if (code[i] !== '(') return undefined;
  const stack: string[] = [];
  let last = '';
  const pairs: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  while (i < code.length) {
    const ch = code[i] as string;
    if (ch === '/' && code[i + 1] === '/') {
      const nl = code.indexOf('\n', i);
      i = nl === -1 ? code.length : nl;
      continue;
    }
    if (ch === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      if (close === -1) return undefined;
      i = close + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      i = skipQuoted(code, i, ch);
      last = 'x';
      continue;
    }
    if (ch === '`') {
      const after = skipTemplate(code, i);
      if (after === undefined) return undefined;
      i = after;
      last = 'x';
      continue;
    }
    if (ch === '/' && BEFORE_REGEX.has(last)) {
      i = skipRegex(code, i);
      last = 'x';
      continue;
    }
    if (ch in pairs) stack.push(pairs[ch] as string);
    else if (ch === ')' || ch === ']' || ch === '}') {
      if (stack.pop() !== ch) return undefined;
      if (stack.length === 0) return i + 1;
    }
    if (!/\s/.test(ch)) last = IDENT.test(ch) ? 'x' : ch;
    i++;
  }
  return undefined;
}

function skipQuoted(code: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < code.length && code[i] !== quote && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipRegex(code: string, from: number): number {
  let i = from + 1;
  let inClass = false;
  while (i < code.length && code[i] !== '\n') {
    const ch = code[i];
    if (ch === '\\') i++;
    else if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    else if (ch === '/' && !inClass) break;
    i++;
  }
  i++;
  while (i < code.length && /[a-z]/.test(code[i] as string)) i++;
  return i;
}

/** Past a template literal, its `${…}` parts included. */
function skipTemplate(code: string, from: number): number | undefined {
  let i = from + 1;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') i += 2;
    else if (ch === '`') return i + 1;
    else if (ch === '$' && code[i + 1] === '{') {
      let depth = 1;
      i += 2;
      while (i < code.length && depth > 0) {
        const c = code[i] as string;
        if (c === '{') depth++;
        else if (c === '}') depth--;
        else if (c === '"' || c === "'") {
          i = skipQuoted(code, i, c);
          continue;
        } else if (c === '`') {
          const after = skipTemplate(code, i);
          if (after === undefined) return undefined;
          i = after;
          continue;
        }
        i++;
      }
    } else i++;
  }
  return undefined;
}

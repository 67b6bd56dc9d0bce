// Guest zone (userland /bin/sh): word expansion in POSIX order: tilde, parameters, command
// substitution, arithmetic, then field splitting on IFS, pathname expansion and quote removal.

import { arith } from './arith.js';
import { toBinary } from './bytes.js';
import { ShellError } from './control.js';
import { matchBrace, matchParen, substEnd } from './lexer.js';
import { glob, hasMeta, trimPattern, unescapePattern } from './pattern.js';

/** What expansion needs from the shell. */
export interface ExpandCtx {
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  special(name: string): string | undefined;
  positional(): string[];
  subst(src: string): Promise<string>;
  nounset(): boolean;
  noglob(): boolean;
  cwd(): string;
}

type Part = { s: string; q: boolean; split: boolean } | { brk: 'hard' | 'soft' } | { none: true };
/** `dqword`: the word of `${v:-word}` inside double quotes: its own `"` nest, `'` is literal. */
type Mode = 'word' | 'dq' | 'dqword' | 'heredoc';

const lit = (s: string, q: boolean): Part => ({ s, q, split: false });
const escapeGlob = (s: string) => s.replace(/[\\*?[\]]/g, '\\$&');

/** Expands one word into fields (split and globbed). */
export async function expandFields(raw: string, ctx: ExpandCtx): Promise<string[]> {
  const parts = await expandParts(raw, 'word', ctx);
  const ifs = ctx.getVar('IFS') ?? ' \t\n';
  const out: string[] = [];
  let pat = '';
  let plain = '';
  let exists = false;
  let meta = false;
  let wsSplit = false;
  const push = () => {
    if (meta && !ctx.noglob() && hasMeta(pat)) {
      const m = glob(pat, ctx.cwd());
      if (m.length) out.push(...m);
      else out.push(unescapePattern(pat));
    } else out.push(plain);
    pat = '';
    plain = '';
    exists = false;
    meta = false;
  };
  for (const p of parts) {
    if ('none' in p) continue;
    if ('brk' in p) {
      if (exists || p.brk === 'hard') push();
      continue;
    }
    if (p.q || !p.split) {
      pat += p.q ? escapeGlob(p.s) : p.s;
      plain += p.s;
      if (p.q || p.s !== '') exists = true;
      if (!p.q) meta = true;
      wsSplit = false;
      continue;
    }
    for (const ch of p.s) {
      if (!ifs.includes(ch)) {
        pat += ch === '\\' ? '\\\\' : ch;
        plain += ch;
        exists = true;
        meta = true;
        wsSplit = false;
      } else if (' \t\n'.includes(ch)) {
        if (exists) {
          push();
          wsSplit = true;
        }
      } else {
        if (!wsSplit) push();
        wsSplit = false;
      }
    }
  }
  if (exists) push();
  return out;
}

/** Expands one word to a single string (assignments, redirection targets, case words). */
export async function expandString(raw: string, ctx: ExpandCtx, mode: Mode = 'word'): Promise<string> {
  const parts = await expandParts(raw, mode, ctx);
  let s = '';
  for (const p of parts) {
    if ('s' in p) s += p.s;
    else if ('brk' in p) s += ' ';
  }
  return s;
}

/** Expands a word into a pattern: quoted characters come back escaped (case, `${v#p}`). */
export async function expandPattern(raw: string, ctx: ExpandCtx): Promise<string> {
  const parts = await expandParts(raw, 'word', ctx);
  let s = '';
  for (const p of parts) if ('s' in p) s += p.q ? escapeGlob(p.s) : p.s;
  return s;
}

/** A leading `~` or `~user` (and, in an assignment, one after each `:`): the index past it. */
function tilde(raw: string, i: number, ctx: ExpandCtx, out: Part[], assign: boolean): number {
  if (raw[i] !== '~') return i;
  const m = (assign ? /^~([A-Za-z0-9_.-]*)(?=[/:]|$)/ : /^~([A-Za-z0-9_.-]*)(?=\/|$)/).exec(raw.slice(i));
  if (m && m[1] === '') {
    out.push(lit(ctx.getVar('HOME') ?? '~', true));
    return i + 1;
  }
  if (m && m[1] === 'root') {
    out.push(lit('/root', true));
    return i + m[0].length;
  }
  return i;
}

/** Expands an assignment's value: one string, with `~` expanded after `:` too (`PATH=~/a:~/b`). */
export async function expandAssign(raw: string, ctx: ExpandCtx): Promise<string> {
  const parts = await expandParts(raw, 'word', ctx, true);
  let s = '';
  for (const p of parts) {
    if ('s' in p) s += p.s;
    else if ('brk' in p) s += ' ';
  }
  return s;
}

async function expandParts(raw: string, mode: Mode, ctx: ExpandCtx, assign = false): Promise<Part[]> {
  const out: Part[] = [];
  const q = mode !== 'word';
  let acc = '';
  const flush = () => {
    if (acc) out.push(lit(acc, q));
    acc = '';
  };
  let i = mode === 'word' ? tilde(raw, 0, ctx, out, assign) : 0;
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === "'" && mode === 'word') {
      flush();
      const end = raw.indexOf("'", i + 1);
      out.push(lit(raw.slice(i + 1, end), true));
      i = end + 1;
    } else if (c === '"' && (mode === 'word' || mode === 'dqword')) {
      flush();
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') {
        if (raw[j] === '\\') j += 2;
        else if (raw[j] === '$' && raw[j + 1] === '(') j = substEnd(raw, j);
        else if (raw[j] === '$' && raw[j + 1] === '{') j = matchBrace(raw, j + 1);
        else if (raw[j] === '`') {
          j++;
          while (j < raw.length && raw[j] !== '`') j += raw[j] === '\\' ? 2 : 1;
          j++;
        } else j++;
      }
      const inner = await expandParts(raw.slice(i + 1, j), 'dq', ctx);
      if (inner.length === 0) out.push(lit('', true));
      else out.push(...inner);
      i = j + 1;
    } else if (c === '\\') {
      const n = raw[i + 1];
      if (n === undefined) {
        acc += '\\';
        i++;
      } else if (n === '\n') i += 2;
      else if (mode === 'word') {
        flush();
        out.push(lit(n, true));
        i += 2;
      } else if ('$`\\'.includes(n) || ((mode === 'dq' || mode === 'dqword') && n === '"')) {
        acc += n;
        i += 2;
      } else {
        acc += `\\${n}`;
        i += 2;
      }
    } else if (c === '$') {
      flush();
      i = await dollar(raw, i, mode, ctx, out);
    } else if (c === '`') {
      flush();
      let j = i + 1;
      let src = '';
      // Inside double quotes `\"` in a backquoted command is a plain `"` too (POSIX 2.6.3).
      const escapable = mode === 'dq' || mode === 'dqword' ? '$`\\"' : '$`\\';
      while (j < raw.length && raw[j] !== '`') {
        if (raw[j] === '\\' && escapable.includes(raw[j + 1] ?? '')) {
          src += raw[j + 1];
          j += 2;
        } else src += raw[j++];
      }
      out.push({ s: await ctx.subst(src), q, split: !q });
      i = j + 1;
    } else {
      acc += c;
      i++;
      if (c === ':' && assign && raw[i] === '~') {
        flush();
        i = tilde(raw, i, ctx, out, true);
      }
    }
  }
  flush();
  return out;
}

async function dollar(raw: string, i: number, mode: Mode, ctx: ExpandCtx, out: Part[]): Promise<number> {
  const q = mode !== 'word';
  const n = raw[i + 1];
  if (n === '(' && raw[i + 2] === '(') {
    const end = matchParen(raw, i + 1);
    const expr = await expandString(raw.slice(i + 3, end - 2), ctx, 'heredoc');
    let v: bigint;
    try {
      v = arith(expr, { get: (k) => ctx.getVar(k), set: (k, s) => ctx.setVar(k, s) });
    } catch (e) {
      throw new ShellError((e as Error).message);
    }
    out.push({ s: String(v), q, split: !q });
    return end;
  }
  if (n === '(') {
    const end = substEnd(raw, i);
    out.push({ s: await ctx.subst(raw.slice(i + 2, end - 1)), q, split: !q });
    return end;
  }
  if (n === '{') {
    const end = matchBrace(raw, i + 1);
    await braced(raw.slice(i + 2, end - 1), mode, ctx, out);
    return end;
  }
  const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(raw.slice(i + 1));
  if (!m) {
    out.push(lit('$', q));
    return i + 1;
  }
  pushValue(m[0], mode, ctx, out);
  return i + 1 + m[0].length;
}

function lookup(name: string, ctx: ExpandCtx): string | undefined {
  if (/^[0-9]+$/.test(name) && name !== '0') return ctx.positional()[Number(name) - 1];
  if (/^[A-Za-z_]/.test(name)) return ctx.getVar(name);
  if (name === '@' || name === '*') return ctx.positional().join(' ');
  return ctx.special(name);
}

function unset(name: string): never {
  throw new ShellError(`${name}: parameter not set`);
}

function pushValue(name: string, mode: Mode, ctx: ExpandCtx, out: Part[]): void {
  const q = mode !== 'word';
  if (name === '@' || name === '*') {
    const ps = ctx.positional();
    if (q && name === '*') {
      const ifs = ctx.getVar('IFS');
      out.push(lit(ps.join(ifs === undefined ? ' ' : ifs.slice(0, 1)), true));
      return;
    }
    if (ps.length === 0) {
      out.push({ none: true });
      return;
    }
    ps.forEach((p, k) => {
      if (k > 0) out.push({ brk: q ? 'hard' : 'soft' });
      out.push({ s: p, q, split: !q });
    });
    return;
  }
  const v = lookup(name, ctx);
  if (v === undefined && ctx.nounset()) unset(name);
  out.push({ s: v ?? '', q, split: !q });
}

async function braced(inner: string, mode: Mode, ctx: ExpandCtx, out: Part[]): Promise<void> {
  const q = mode !== 'word';
  if (inner === '#') return pushValue('#', mode, ctx, out);
  if (inner.startsWith('#') && inner.length > 1) {
    const name = inner.slice(1);
    const v = lookup(name, ctx);
    if (v === undefined && ctx.nounset()) unset(name);
    // dash counts bytes, not characters.
    out.push({ s: String(toBinary(v ?? '').length), q, split: !q });
    return;
  }
  const m = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[@*#?$!-])/.exec(inner);
  if (!m) throw new ShellError(`Bad substitution`);
  const name = m[0];
  const rest = inner.slice(name.length);
  if (rest === '') return pushValue(name, mode, ctx, out);
  const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|%%|%|##|#)/.exec(rest);
  if (!op) throw new ShellError(`Bad substitution`);
  const word = rest.slice(op[0].length);
  const isSet = name === '@' || name === '*' ? ctx.positional().length > 0 : lookup(name, ctx) !== undefined;
  const v = lookup(name, ctx);
  const colon = op[0].startsWith(':');
  const empty = !isSet || (colon && v === '');
  // Inside double quotes the word's own quotes still nest (`"${v:+"$a b"}"`); all of it stays quoted.
  const sub = async () =>
    mode === 'word'
      ? (await expandParts(word, 'word', ctx)).map((p) => ('s' in p && !p.q ? { ...p, split: true } : p))
      : (await expandParts(word, 'dqword', ctx)).map((p) => ('s' in p ? { ...p, q: true, split: false } : p));
  switch (op[0].replace(':', '')) {
    case '-':
      if (empty) out.push(...(await sub()));
      else pushValue(name, mode, ctx, out);
      return;
    case '=':
      if (empty) {
        if (!/^[A-Za-z_]/.test(name)) throw new ShellError(`${name}: bad variable name`);
        const s = await expandString(word, ctx, mode === 'word' ? 'word' : 'dqword');
        ctx.setVar(name, s);
        out.push({ s, q, split: !q });
      } else pushValue(name, mode, ctx, out);
      return;
    case '?':
      if (empty) {
        const msg = word === '' ? 'parameter not set' : await expandString(word, ctx);
        throw new ShellError(`${name}: ${msg}`);
      }
      pushValue(name, mode, ctx, out);
      return;
    case '+':
      if (!empty) out.push(...(await sub()));
      return;
    default: {
      if (v === undefined && ctx.nounset()) unset(name);
      const pat = await expandPattern(word, ctx);
      const suffix = op[0].startsWith('%');
      const s = trimPattern(v ?? '', pat, suffix, op[0].length === 2);
      out.push({ s, q, split: !q });
    }
  }
}

// Guest zone: util.parseEnv (Node 20.12+): a .env text to a plain object, with Node's dotenv rules:
// `export ` prefixes, `#` comments, '…' "…" `…` quoting (only double quotes expand \n), values
// running to the end of the line, and for an unclosed quote the rest of its line taken as is.
// Also util.transferableAbortSignal/Controller: one isolate has nothing to transfer to, so they
// validate and hand back an ordinary signal.

import { invalidArgType, validateString } from '../../internal/errors.js';

const trim = (s: string): string => s.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');

/** Reads one `KEY=…` value from the start of `rest`: [value, what follows it]. */
function readValue(rest: string): [string, string] {
  const q = rest[0];
  if (q === '"' || q === "'" || q === '`') {
    const close = rest.indexOf(q, 1);
    if (close !== -1) {
      const raw = rest.slice(1, close);
      const value = q === '"' ? raw.replace(/\\n/g, '\n') : raw;
      const nl = rest.indexOf('\n', close + 1);
      return [value, nl === -1 ? '' : rest.slice(nl + 1)];
    }
    const nl = rest.indexOf('\n');
    return nl === -1 ? [rest, ''] : [rest.slice(0, nl), rest.slice(nl)];
  }
  const nl = rest.indexOf('\n');
  const line = nl === -1 ? rest : rest.slice(0, nl);
  const hash = line.indexOf('#');
  return [trim(hash === -1 ? line : line.slice(0, hash)), nl === -1 ? '' : rest.slice(nl + 1)];
}

export function parseEnv(content: unknown): Record<string, string> {
  validateString(content, 'content');
  const out: Record<string, string> = Object.create(null);
  let rest = trim(content.replace(/\r/g, ''));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl === -1) break;
      rest = trim(rest.slice(nl + 1));
      continue;
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trim(rest.slice(0, eq));
    rest = rest.slice(eq + 1);
    if (key.startsWith('export ')) key = trim(key.slice(7));
    if (rest.length === 0) {
      out[key] = '';
      break;
    }
    let value: string;
    [value, rest] = readValue(rest);
    out[key] = value;
    rest = trim(rest);
  }
  // Node keeps the pairs in a sorted map, so the object's keys come out sorted.
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

type Signal = { aborted: boolean };

export function transferableAbortSignal(signal: unknown): unknown {
  const AS = (globalThis as unknown as { AbortSignal: new () => Signal }).AbortSignal;
  if (!(signal instanceof AS)) throw invalidArgType('signal', 'an instance of AbortSignal', signal);
  return signal;
}

export function transferableAbortController(): unknown {
  return new (globalThis as unknown as { AbortController: new () => unknown }).AbortController();
}

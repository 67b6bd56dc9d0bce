// Guest zone (userland): xargs(1): build command lines from stdin items (blank/quote separated, -0,
// -d DELIM, -a FILE) and run them: -n MAX, -L MAX, -s MAX-CHARS, -I REPLACE, -r, -t; exit 123 if a
// command failed, 124 if one exited 255, 126/127 if one could not run.
import { utf8, utf8Bytes } from './lib/bytes.js';
import { q, strerror, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { readStdin } from './lib/io.js';
import { run } from './lib/main.js';
import { childProcess, fs, proc } from './lib/node.js';

function splitItems(text: string): string[] | null {
  const items: string[] = [];
  let cur = '';
  let have = false;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = '';
      else if (c === '\n') return null;
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      have = true;
    } else if (c === '\\' && i + 1 < text.length) {
      cur += text[++i];
      have = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (have) items.push(cur);
      cur = '';
      have = false;
    } else {
      cur += c;
      have = true;
    }
  }
  if (quote) return null;
  if (have) items.push(cur);
  return items;
}

run('xargs', async (argv) => {
  const p = getopt(argv, {
    short: '0a:d:n:L:I:i::rtpE:s:P:x',
    stopAtOperand: true,
    long: {
      null: ['none', '0'],
      delimiter: ['required', 'd'],
      'max-args': ['required', 'n'],
      'max-lines': ['required', 'L'],
      replace: ['optional', 'i'],
      'no-run-if-empty': ['none', 'r'],
      verbose: ['none', 't'],
      'max-procs': ['required', 'P'],
      'max-chars': ['required', 's'],
      'arg-file': ['required', 'a'],
    },
  });
  const cmd = p.operands.length ? p.operands : ['echo'];
  // -a FILE: items from the file, and the commands keep xargs's own stdin.
  const argFile = p.get('a');
  let text: string;
  try {
    text = utf8(argFile === undefined ? await readStdin() : fs.readFileSync(argFile));
  } catch (e) {
    warn(`${argFile}: ${strerror(e)}`);
    return 1;
  }
  let items: string[];
  const delim = p.has('0') ? '\0' : p.get('d');
  if (delim !== undefined) {
    items = text.split(delim.replace('\\n', '\n').replace('\\t', '\t'));
    if (items[items.length - 1] === '' || (delim !== '\0' && items[items.length - 1] === '\n')) items.pop();
  } else if (p.has('L')) {
    items = [];
  } else {
    const s = splitItems(text);
    if (s === null) {
      warn('unmatched double quote; by default quotes are special to xargs unless you use the -0 option');
      return 1;
    }
    items = s;
  }
  // -E STR: input ends at the first item equal to STR (blank-separated input only).
  const eof = p.get('E');
  if (eof !== undefined && eof !== '' && delim === undefined) {
    const at = items.indexOf(eof);
    if (at >= 0) items = items.slice(0, at);
  }
  const replace = p.has('I') ? p.get('I') : p.has('i') ? (p.get('i') ?? '{}') : undefined;
  const batches: string[][] = [];
  if (replace !== undefined) {
    const lines =
      delim === undefined
        ? text
            .split('\n')
            .filter((l) => l.trim() !== '')
            .map((l) => l.replace(/^[ \t]+/, ''))
        : items;
    for (const l of lines) batches.push(cmd.map((a) => a.split(replace).join(l)));
  } else if (p.has('L')) {
    const per = Number(p.get('L'));
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    for (let i = 0; i < lines.length; i += per)
      batches.push([...cmd, ...lines.slice(i, i + per).flatMap((l) => splitItems(l) ?? [])]);
  } else {
    const per = p.has('n') ? Number(p.get('n')) : Number.POSITIVE_INFINITY;
    // -s: a command line (each argument and its terminating NUL) holds at most this many bytes.
    const maxChars = p.has('s') ? Number(p.get('s')) : Number.POSITIVE_INFINITY;
    const cost = (a: string) => utf8Bytes(a).length + 1;
    const base = cmd.reduce((n, a) => n + cost(a), 0);
    if (base > maxChars) {
      warn('cannot fit single argument within argument list size limit');
      return 1;
    }
    let batch: string[] = [];
    let size = base;
    for (const item of items) {
      if (batch.length && (batch.length >= per || size + cost(item) > maxChars)) {
        batches.push([...cmd, ...batch]);
        batch = [];
        size = base;
      }
      if (size + cost(item) > maxChars) {
        warn('argument line too long');
        return 1;
      }
      batch.push(item);
      size += cost(item);
    }
    if (batch.length) batches.push([...cmd, ...batch]);
    if (items.length === 0 && !p.has('r')) batches.push([...cmd]);
  }
  let status = 0;
  for (const b of batches) {
    const [c, ...args] = b as [string, ...string[]];
    if (p.has('t')) proc.stderr.write(`${b.join(' ')}\n`);
    const r = childProcess().spawnSync(c, args, {
      stdio: [argFile === undefined ? 'ignore' : 'inherit', 'inherit', 'inherit'],
    });
    if (r.error) {
      const nf = r.error.code === 'ENOENT';
      warn(`${c}: ${nf ? 'No such file or directory' : 'Permission denied'}`);
      return nf ? 127 : 126;
    }
    if (r.status === 255) {
      warn(`${c}: exited with status 255; aborting`);
      return 124;
    }
    if (r.signal) {
      warn(`${c}: terminated by signal`);
      return 125;
    }
    if (r.status !== 0) status = 123;
  }
  void q;
  return status;
});

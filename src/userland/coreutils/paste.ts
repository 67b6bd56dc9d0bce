// Guest zone (userland): paste(1): join corresponding lines of files with TAB or the -d list
// (cycled; \n \t \\ \0 escapes), or each file's lines into one with -s; `-` is stdin (shared).
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readOrWarn, splitLines } from './lib/io.js';
import { run } from './lib/main.js';

/** The -d list with its escapes read; `\0` is an empty delimiter. */
function delimiters(spec: string): string[] {
  const list: string[] = [];
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i] as string;
    if (c !== '\\') {
      list.push(c);
      continue;
    }
    const n = spec[++i];
    if (n === undefined) die(`delimiter list ends with an unescaped backslash: ${spec}`);
    list.push(
      (
        { n: '\n', t: '\t', '\\': '\\', '0': '', b: '\b', f: '\f', r: '\r', v: '\v' } as Record<
          string,
          string
        >
      )[n] ?? n,
    );
  }
  return list;
}

run('paste', async (argv) => {
  const p = getopt(argv, {
    short: 'd:sz',
    long: { delimiters: ['required', 'd'], serial: ['none', 's'], 'zero-terminated': ['none', 'z'] },
  });
  const delims = delimiters(p.get('d') ?? '\t');
  const eol = p.has('z') ? '\0' : '\n';
  const names = p.operands.length ? p.operands : ['-'];
  let status = 0;
  // Every `-` operand reads from the one stdin: they take its lines in turn.
  let stdinLines: string[] | null = null;
  const files: string[][] = [];
  const stdinTurns: number[] = [];
  for (const [k, f] of names.entries()) {
    if (f === '-') {
      stdinLines ??= await read(f);
      stdinTurns.push(k);
      files.push([]);
      continue;
    }
    const data = await readOrWarn(f, warn);
    if (data === null) {
      status = 1;
      continue;
    }
    files.push(splitLines(latin1(data), eol).lines);
  }
  if (status) return status;
  if (stdinLines) {
    // With `paste - -`, line 1 goes to the first `-`, line 2 to the second, and so on.
    for (const [n, l] of stdinLines.entries()) files[stdinTurns[n % stdinTurns.length] as number]?.push(l);
  }
  const join = (cols: string[]) => {
    if (delims.length === 0) return cols.join('');
    return cols.reduce(
      (acc, c, k) => (k === 0 ? c : acc + (delims[(k - 1) % delims.length] as string) + c),
      '',
    );
  };
  let text = '';
  if (p.has('s')) for (const lines of files) text += join(lines) + eol;
  else {
    const rows = Math.max(0, ...files.map((f) => f.length));
    for (let r = 0; r < rows; r++) text += join(files.map((f) => f[r] ?? '')) + eol;
  }
  out(latin1Bytes(text));
  return 0;

  async function read(f: string): Promise<string[]> {
    const data = await readOrWarn(f, warn);
    return data === null ? [] : splitLines(latin1(data), eol).lines;
  }
});

// Guest zone (userland): nl(1): number lines: -b a|t|n|pBRE (which body lines), -n ln|rn|rz, -w WIDTH,
// -s SEP, -v START, -i INCREMENT. Logical page sections (\:\:\:) are not read as markers.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { die, q } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out, splitLines } from './lib/io.js';
import { run } from './lib/main.js';
import { posixToJs } from './lib/regex.js';

run('nl', async (argv) => {
  const p = getopt(argv, {
    short: 'b:n:w:s:v:i:',
    long: {
      'body-numbering': ['required', 'b'],
      'number-format': ['required', 'n'],
      'number-width': ['required', 'w'],
      'number-separator': ['required', 's'],
      'starting-line-number': ['required', 'v'],
      'line-increment': ['required', 'i'],
    },
  });
  const style = p.get('b') ?? 't';
  let pick: (line: string) => boolean;
  if (style === 'a') pick = () => true;
  else if (style === 't') pick = (l) => l !== '';
  else if (style === 'n') pick = () => false;
  else if (style.startsWith('p')) {
    let re: RegExp;
    try {
      re = new RegExp(posixToJs(style.slice(1), false));
    } catch (e) {
      die((e as Error).message);
    }
    pick = (l) => re.test(l);
  } else die(`invalid body numbering style: ${q(style)}`);
  const format = p.get('n') ?? 'rn';
  if (!['ln', 'rn', 'rz'].includes(format)) die(`invalid line numbering format: ${q(format)}`);
  const int = (key: string, dflt: number) => {
    const v = p.get(key);
    if (v === undefined) return dflt;
    if (!/^-?\d+$/.test(v))
      die(`invalid ${key === 'w' ? 'line number field width' : 'line number'}: ${q(v)}`);
    return Number(v);
  };
  const width = int('w', 6);
  const sep = p.get('s') ?? '\t';
  let n = int('v', 1);
  const incr = int('i', 1);
  const blank = ' '.repeat(width + sep.length);
  let text = '';
  const status = await eachInput(p.operands, (data) => {
    for (const line of splitLines(latin1(data)).lines) {
      if (!pick(line)) {
        text += `${blank}${line}\n`;
        continue;
      }
      const num = String(n);
      const field =
        format === 'ln'
          ? num.padEnd(width)
          : format === 'rz'
            ? num.padStart(width, '0')
            : num.padStart(width);
      text += `${field}${sep}${line}\n`;
      n += incr;
    }
  });
  out(latin1Bytes(text));
  return status;
});

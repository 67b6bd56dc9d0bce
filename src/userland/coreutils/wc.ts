// Guest zone (userland): wc(1): newline, word, byte, character counts and the longest line (-l -w -c
// -m -L), with GNU's column widths and a total line for several files.

import { getopt } from './lib/getopt.js';
import { eachInput, out } from './lib/io.js';
import { run } from './lib/main.js';
import { type Buf, fs, proc } from './lib/node.js';

/** True when the locale's charset is UTF-8 (in the C locale a character is a byte). */
function utf8Locale(): boolean {
  const loc = proc.env.LC_ALL || proc.env.LC_CTYPE || proc.env.LANG || '';
  return /utf-?8/i.test(loc);
}

type Counts = [number, number, number, number, number];

function count(data: Buf): Counts {
  let lines = 0;
  let words = 0;
  let inWord = false;
  let longest = 0;
  let col = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data[i] as number;
    if (c === 10) {
      lines++;
      longest = Math.max(longest, col);
      col = 0;
    } else if (c === 9) col += 8 - (col % 8);
    else if ((c & 0xc0) !== 0x80 && c >= 32 && c !== 127) col++;
    const space = c === 32 || (c >= 9 && c <= 13);
    if (space) inWord = false;
    else if (!inWord && (c > 32 || c >= 128)) {
      inWord = true;
      words++;
    }
  }
  longest = Math.max(longest, col);
  let chars = 0;
  if (utf8Locale()) {
    for (let i = 0; i < data.length; i++) if (((data[i] as number) & 0xc0) !== 0x80) chars++;
  } else chars = data.length;
  return [lines, words, chars, data.length, longest];
}

function isDir(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

run('wc', async (argv) => {
  const p = getopt(argv, {
    short: 'clmwL',
    long: {
      bytes: ['none', 'c'],
      chars: ['none', 'm'],
      lines: ['none', 'l'],
      words: ['none', 'w'],
      'max-line-length': ['none', 'L'],
    },
  });
  let show = ['l', 'w', 'm', 'c', 'L'].map((k) => p.has(k));
  if (!show.some(Boolean)) show = [true, true, false, true, false];
  const order = [0, 1, 2, 3, 4];
  const files = p.operands.length ? p.operands : ['-'];
  const rows: [Counts, string | null][] = [];
  const total: Counts = [0, 0, 0, 0, 0];
  // GNU sizes the columns from fstat when stdin is a regular file (`wc < file`), 7 wide for a pipe.
  const stdinFile = stdinIsFile();
  let onlyStdin = p.operands.length === 0 && !stdinFile;
  let statBytes = 0;
  const each = (data: Buf, f: string): void => {
    const c = count(data);
    for (let i = 0; i < 4; i++) total[i] = (total[i] as number) + (c[i] as number);
    total[4] = Math.max(total[4], c[4]);
    rows.push([c, p.operands.length ? f : null]);
    if (f !== '-') {
      try {
        statBytes += fs.statSync(f).size;
      } catch {}
    } else if (stdinFile) statBytes += data.length;
    else onlyStdin = true;
  };
  const status = await eachInput(p.operands, each, {
    failed: (f) => {
      // GNU still prints a row of zeros for a directory it could not read.
      if (f !== '-' && isDir(f)) {
        rows.push([[0, 0, 0, 0, 0], p.operands.length ? f : null]);
        onlyStdin = true;
      }
    },
  });
  if (files.length > 1) rows.push([total, 'total']);
  const nShown = show.filter(Boolean).length;
  let width = 1;
  if (!(nShown === 1 && files.length === 1)) {
    width = onlyStdin ? 7 : Math.max(1, String(Math.max(total[3], statBytes)).length);
  }
  for (const [c, name] of rows) {
    const cols = order.filter((i) => show[i]).map((i) => String(c[i]).padStart(width));
    out(`${cols.join(' ')}${name === null ? '' : ` ${name}`}\n`);
  }
  return status;
});

function stdinIsFile(): boolean {
  try {
    return fs.fstatSync(0).isFile();
  } catch {
    return false;
  }
}

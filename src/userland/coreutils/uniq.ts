// Guest zone (userland): uniq(1): collapse adjacent equal lines (-c counts, -d repeated, -u unique, -i,
// -f skip fields, -s skip chars, -w compare chars, -z), INPUT and OUTPUT operands.
import { latin1, latin1Bytes } from './lib/bytes.js';
import { q, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readOrWarn, splitLines } from './lib/io.js';
import { run } from './lib/main.js';
import { fs } from './lib/node.js';

run('uniq', async (argv) => {
  const p = getopt(argv, {
    short: 'cdDuif:s:w:z',
    long: {
      count: ['none', 'c'],
      repeated: ['none', 'd'],
      unique: ['none', 'u'],
      'ignore-case': ['none', 'i'],
      'skip-fields': ['required', 'f'],
      'skip-chars': ['required', 's'],
      'check-chars': ['required', 'w'],
      'zero-terminated': ['none', 'z'],
      'all-repeated': ['optional', 'D'],
    },
  });
  if (p.operands.length > 2) usageError(`extra operand ${q(p.operands[2] as string)}`);
  const sep = p.has('z') ? '\0' : '\n';
  const data = await readOrWarn(p.operands[0] ?? '-', warn);
  if (data === null) return 1;
  const { lines } = splitLines(latin1(data), sep);
  const skipF = Number(p.get('f') ?? 0);
  const skipC = Number(p.get('s') ?? 0);
  const w = p.get('w');
  const key = (l: string) => {
    let s = l;
    for (let i = 0; i < skipF; i++) s = s.replace(/^[ \t]*[^ \t]*/, '');
    s = s.slice(skipC);
    if (w !== undefined) s = s.slice(0, Number(w));
    return p.has('i') ? s.toLowerCase() : s;
  };
  let r = '';
  for (let i = 0; i < lines.length; ) {
    let j = i + 1;
    const k = key(lines[i] as string);
    while (j < lines.length && key(lines[j] as string) === k) j++;
    const n = j - i;
    if (p.has('D')) {
      if (n > 1) for (let x = i; x < j; x++) r += lines[x] + sep;
    } else if (!((p.has('d') && n === 1) || (p.has('u') && n > 1))) {
      r += `${p.has('c') ? `${String(n).padStart(7)} ` : ''}${lines[i]}${sep}`;
    }
    i = j;
  }
  const bytes = latin1Bytes(r);
  if (p.operands[1] !== undefined) fs.writeFileSync(p.operands[1], bytes);
  else out(bytes);
  return 0;
});

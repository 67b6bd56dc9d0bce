// Guest zone (userland): tac(1): print files last line first (-s SEPARATOR, -b separator before).
import { latin1, latin1Bytes } from './lib/bytes.js';
import { getopt } from './lib/getopt.js';
import { eachInput, out } from './lib/io.js';
import { run } from './lib/main.js';

run('tac', async (argv) => {
  const p = getopt(argv, {
    short: 'bs:r',
    long: { before: ['none', 'b'], separator: ['required', 's'], regex: ['none', 'r'] },
  });
  const sep = p.get('s') ?? '\n';
  return eachInput(p.operands, (data) => {
    const text = latin1(data);
    if (text === '') return;
    // Records keep their separator: after it by default, before it with -b.
    const parts = text.split(sep);
    const records: string[] = [];
    if (p.has('b')) {
      if (parts[0] !== '') records.push(parts[0] as string);
      for (let i = 1; i < parts.length; i++) records.push(sep + (parts[i] as string));
    } else {
      for (let i = 0; i < parts.length - 1; i++) records.push((parts[i] as string) + sep);
      if (parts[parts.length - 1] !== '') records.push(parts[parts.length - 1] as string);
    }
    out(latin1Bytes(records.reverse().join('')));
  });
});

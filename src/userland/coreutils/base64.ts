// Guest zone (userland): base64(1): encode (wrapped at -w COLS, default 76) or decode (-d, -i).
import { q, usageError, warn } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out, readOrWarn } from './lib/io.js';
import { run } from './lib/main.js';
import { Buffer } from './lib/node.js';

run('base64', async (argv) => {
  const p = getopt(argv, {
    short: 'diw:',
    long: { decode: ['none', 'd'], 'ignore-garbage': ['none', 'i'], wrap: ['required', 'w'] },
  });
  if (p.operands.length > 1) usageError(`extra operand ${q(p.operands[1] as string)}`);
  const data = await readOrWarn(p.operands[0] ?? '-', warn);
  if (data === null) return 1;
  if (p.has('d')) {
    let text = data.toString('latin1');
    text = p.has('i') ? text.replace(/[^A-Za-z0-9+/=]/g, '') : text.replace(/\n/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 === 1) {
      out(Buffer.from(text.replace(/[^A-Za-z0-9+/]/g, ''), 'base64'));
      warn('invalid input');
      return 1;
    }
    out(Buffer.from(text, 'base64'));
    return 0;
  }
  const wrap = Number(p.get('w') ?? 76);
  const enc = data.toString('base64');
  if (wrap === 0) out(enc);
  else for (let i = 0; i < enc.length; i += wrap) out(`${enc.slice(i, i + wrap)}\n`);
  if (wrap !== 0 && enc.length === 0) return 0;
  return 0;
});

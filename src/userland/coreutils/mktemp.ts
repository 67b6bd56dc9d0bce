// Guest zone (userland): mktemp(1): create a unique file or directory (-d) from a TEMPLATE ending in
// XXX (default tmp.XXXXXXXXXX in $TMPDIR or /tmp with -t/-p or no template); -u dry run, -q quiet.
import { die, q } from './lib/errors.js';
import { getopt } from './lib/getopt.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';
import { fs, proc } from './lib/node.js';

const CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

run('mktemp', (argv) => {
  const p = getopt(argv, {
    short: 'dup:qt',
    long: {
      directory: ['none', 'd'],
      'dry-run': ['none', 'u'],
      tmpdir: ['optional', 'p'],
      quiet: ['none', 'q'],
      suffix: ['required', 'S'],
    },
  });
  const tmpl = p.operands[0] ?? 'tmp.XXXXXXXXXX';
  const suffix = p.get('S') ?? '';
  const m = /X{3,}$/.exec(tmpl);
  if (!m) die(`too few X's in template ${q(tmpl)}`);
  const inDir = p.has('p') || p.has('t') || p.operands.length === 0;
  const dir = p.get('p') || proc.env.TMPDIR || '/tmp';
  for (let attempt = 0; attempt < 100; attempt++) {
    let rnd = '';
    for (let i = 0; i < m[0].length; i++) rnd += CHARS[Math.floor(Math.random() * CHARS.length)];
    const name = tmpl.slice(0, m.index) + rnd + suffix;
    const path = inDir ? `${dir.replace(/\/+$/, '')}/${name}` : name;
    try {
      if (!p.has('u')) {
        if (p.has('d')) fs.mkdirSync(path, { mode: 0o700 });
        else fs.writeFileSync(path, '', { flag: 'wx', mode: 0o600 });
      }
      out(`${path}\n`);
      return 0;
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST') continue;
      if (p.has('q')) return 1;
      die(
        `failed to create ${p.has('d') ? 'directory' : 'file'} via template ${q(inDir ? `${dir}/${tmpl}` : tmpl)}: ${(e as { code?: string }).code === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}`,
      );
    }
  }
  return 1;
});

// Guest zone (userland): the *sum utilities (sha256sum, md5sum…): hash files, or -c check a list.
import { strerror, warn } from './errors.js';
import { getopt } from './getopt.js';
import { out, readInput, splitLines } from './io.js';
import { crypto, fs } from './node.js';

/** Runs a hash-sum utility for algorithm alg; returns the exit status. */
export async function hashsum(alg: string, argv: string[]): Promise<number> {
  const p = getopt(argv, {
    short: 'bctwz',
    long: {
      binary: ['none', 'b'],
      check: ['none', 'c'],
      text: ['none', 't'],
      quiet: ['none', 'q'],
      status: ['none', 's'],
      strict: ['none', 'S'],
      warn: ['none', 'w'],
      tag: ['none', 'T'],
      zero: ['none', 'z'],
    },
  });
  const files = p.operands.length ? p.operands : ['-'];
  const hash = (data: Uint8Array) => {
    const h = crypto().createHash(alg);
    h.update(data);
    return h.digest('hex');
  };
  let status = 0;
  if (!p.has('c')) {
    for (const f of files) {
      try {
        if (f !== '-' && fs.statSync(f).isDirectory()) throw Object.assign(new Error(), { code: 'EISDIR' });
        const d = hash(await readInput(f));
        out(p.has('T') ? `${alg.toUpperCase().replace('SHA', 'SHA')} (${f}) = ${d}\n` : `${d}  ${f}\n`);
      } catch (e) {
        warn(`${f}: ${strerror(e)}`);
        status = 1;
      }
    }
    return status;
  }
  let bad = 0;
  let unreadable = 0;
  for (const list of files) {
    let text: string;
    try {
      text = (await readInput(list)).toString('utf8');
    } catch (e) {
      warn(`${list}: ${strerror(e)}`);
      status = 1;
      continue;
    }
    for (const line of splitLines(text).lines) {
      const m = /^([0-9a-fA-F]+) [ *](.*)$/.exec(line);
      if (!m) continue;
      const name = m[2] as string;
      let ok: boolean;
      try {
        ok = hash(await readInput(name)) === (m[1] as string).toLowerCase();
      } catch (e) {
        warn(`${name}: ${strerror(e)}`);
        if (!p.has('s')) out(`${name}: FAILED open or read\n`);
        unreadable++;
        continue;
      }
      if (!ok) bad++;
      if (!p.has('s') && !(ok && p.has('q'))) out(`${name}: ${ok ? 'OK' : 'FAILED'}\n`);
    }
  }
  if (unreadable) warn(`WARNING: ${unreadable} listed file${unreadable > 1 ? 's' : ''} could not be read`);
  if (bad) warn(`WARNING: ${bad} computed checksum${bad > 1 ? 's' : ''} did NOT match`);
  return bad || unreadable ? 1 : status;
}

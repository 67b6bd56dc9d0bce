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
  let improper = 0;
  const hexLen = hash(new Uint8Array(0)).length;
  for (const list of files) {
    let text: string;
    try {
      text = (await readInput(list)).toString('utf8');
    } catch (e) {
      warn(`${list}: ${strerror(e)}`);
      status = 1;
      continue;
    }
    let formatted = 0;
    for (const line of splitLines(text).lines) {
      // `digest  name` (or ` *name`), or the BSD form `ALG (name) = digest` that --tag writes.
      const gnu = /^([0-9a-fA-F]+) [ *](.*)$/.exec(line);
      const bsd = /^[A-Z0-9]+ \((.*)\) = ([0-9a-fA-F]+)$/.exec(line);
      const m = gnu ? [gnu[1], gnu[2]] : bsd ? [bsd[2], bsd[1]] : null;
      if (!m || (m[0] as string).length !== hexLen) {
        if (line.trim() !== '' && !line.startsWith('#')) improper++;
        continue;
      }
      formatted++;
      const name = m[1] as string;
      let ok: boolean;
      try {
        ok = hash(await readInput(name)) === (m[0] as string).toLowerCase();
      } catch (e) {
        warn(`${name}: ${strerror(e)}`);
        if (!p.has('s')) out(`${name}: FAILED open or read\n`);
        unreadable++;
        continue;
      }
      if (!ok) bad++;
      if (!p.has('s') && !(ok && p.has('q'))) out(`${name}: ${ok ? 'OK' : 'FAILED'}\n`);
    }
    if (formatted === 0) {
      warn(`${list === '-' ? 'standard input' : list}: no properly formatted checksum lines found`);
      status = 1;
    }
  }
  if (improper && !p.has('s'))
    warn(`WARNING: ${improper} line${improper > 1 ? 's are' : ' is'} improperly formatted`);
  if (unreadable) warn(`WARNING: ${unreadable} listed file${unreadable > 1 ? 's' : ''} could not be read`);
  if (bad) warn(`WARNING: ${bad} computed checksum${bad > 1 ? 's' : ''} did NOT match`);
  return bad || unreadable ? 1 : status;
}

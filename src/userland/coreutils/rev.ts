// Guest zone (userland): rev(1): reverse the characters of every line (UTF-8 aware, as util-linux's
// rev is in a UTF-8 locale; invalid bytes are reversed as bytes).
import { latin1, latin1Bytes } from './lib/bytes.js';
import { warn } from './lib/errors.js';
import { eachInput, out } from './lib/io.js';
import { run } from './lib/main.js';

/** One line's UTF-8 sequences in reverse order, each sequence kept whole. */
function reverseLine(line: string): string {
  const seqs = line.match(/[\xc0-\xf7][\x80-\xbf]+|[\s\S]/g) ?? [];
  return seqs.reverse().join('');
}

run('rev', async (argv) => {
  return eachInput(
    argv,
    (data) => {
      const text = latin1(data);
      out(latin1Bytes(text.split('\n').map(reverseLine).join('\n')));
    },
    { warn: (f, why) => warn(`cannot open ${f}: ${why}`) },
  );
});

// Guest zone (userland): echo(1), GNU flavour: -n, -e (backslash escapes), -E; options only while every
// letter of the word is one of n, e, E.

import { latin1, latin1Bytes, utf8Bytes } from './lib/bytes.js';
import { expandEscapes } from './lib/escapes.js';
import { out } from './lib/io.js';
import { run } from './lib/main.js';

run('echo', (args) => {
  let newline = true;
  let escapes = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i] as string;
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else escapes = c === 'e';
    }
  }
  // Bytes, so an escape like \0377 writes that one byte and UTF-8 arguments pass through unchanged.
  let text = latin1(utf8Bytes(args.slice(i).join(' ')));
  if (escapes) {
    const r = expandEscapes(text, true);
    text = r.text;
    if (r.stop) newline = false;
  }
  out(latin1Bytes(newline ? `${text}\n` : text));
  return 0;
});

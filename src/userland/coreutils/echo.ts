// Guest zone (userland): echo(1), GNU flavour: -n, -e (backslash escapes), -E; options only while every
// letter of the word is one of n, e, E.

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
  let text = args.slice(i).join(' ');
  if (escapes) {
    const r = expandEscapes(text, true);
    text = r.text;
    if (r.stop) newline = false;
  }
  out(newline ? `${text}\n` : text);
  return 0;
});

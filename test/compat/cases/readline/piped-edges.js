// readline over a piped stdin: CRLF and lone CR line ends with crlfDelay, a last line without a
// newline, pause/resume events, rl.line and cursor, the async iterator ending on close.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
const events = [];
rl.on('pause', () => events.push('pause'));
rl.on('resume', () => events.push('resume'));
let n = 0;
rl.on('line', (l) => {
  events.push(JSON.stringify(l));
  if (++n === 2) { rl.pause(); process.nextTick(() => rl.resume()); }
});
rl.on('close', () => {
  events.push('close');
  console.log(events.join(' '));
  console.log(rl.terminal, JSON.stringify(rl.line), rl.cursor, rl.closed);
  try { rl.question('late?', () => {}); } catch (e) { console.log(e.code, e.message); }
  rl.write('after close\n');
  console.log('write after close is ignored', rl.closed);
});

// The neighbour: answers every stdin line with `pong <line>` (each one a round trip through the kernel),
// and exits when stdin ends.
let buf = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => {
  buf += d;
  for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
    process.stdout.write(`pong ${buf.slice(0, i)}\n`);
    buf = buf.slice(i + 1);
  }
});

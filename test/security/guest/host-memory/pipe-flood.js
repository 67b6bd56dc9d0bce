// Guest (security test): a child floods its stdout pipe while the parent spins in one long turn.
// The child records how much it managed to write in /tmp/progress; the parent spins until the child
// wrote 64 MiB (nothing held it back) or 10 s passed, then reads everything. The kernel must hold the
// child back (the pipe fills) instead of queueing all of it for the busy parent.

const fs = require('fs');
const cp = require('child_process');
const child = `
const fs = require('fs');
const b = Buffer.alloc(1 << 20, 120);
let n = 0;
(function w() {
  while (n < 96) {
    n++;
    const ok = process.stdout.write(b, () => {});
    fs.writeFileSync('/tmp/progress', String(n));
    if (!ok) return process.stdout.once('drain', w);
  }
  process.stdout.end();
})();`;
const c = cp.spawn('node', ['-e', child]);
let got = 0;
c.stdout.on('data', (d) => {
  got += d.length;
});
c.stdout.on('end', () => console.log(JSON.stringify({ got, writtenWhileBusy })));
let writtenWhileBusy = 0;
setTimeout(() => {
  const t0 = Date.now();
  while (Date.now() - t0 < 10000) {
    try {
      writtenWhileBusy = Number(fs.readFileSync('/tmp/progress', 'utf8'));
    } catch {}
    if (writtenWhileBusy >= 64) break;
  }
}, 50);

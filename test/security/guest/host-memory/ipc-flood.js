// Guest (security test): a forked child sends 150 messages of 1 MiB over IPC while its parent spins
// in one long turn; a send the channel refuses is retried later. The child records how many were
// accepted in /tmp/accepted; the parent spins until 120 were (nothing held the child back) or 10 s
// passed, then takes every message. The kernel must hold the child back instead of queueing all of
// it for the busy parent, and lose nothing.

const fs = require('fs');
const cp = require('child_process');
fs.writeFileSync(
  '/tmp/child.js',
  `const fs = require('fs');
const m = 'x'.repeat(1 << 20);
let accepted = 0;
(function go() {
  if (accepted === 150) return process.disconnect();
  process.send(m, (err) => {
    if (err) return setTimeout(go, 5);
    accepted++;
    fs.writeFileSync('/tmp/accepted', String(accepted));
    go();
  });
})();`,
);
const c = cp.fork('/tmp/child.js');
let got = 0;
let acceptedWhileBusy = 0;
c.on('message', (m) => {
  if (m.length === 1 << 20) got++;
});
c.on('disconnect', () => console.log(JSON.stringify({ got, acceptedWhileBusy })));
setTimeout(() => {
  const t0 = Date.now();
  while (Date.now() - t0 < 10000) {
    try {
      acceptedWhileBusy = Number(fs.readFileSync('/tmp/accepted', 'utf8'));
    } catch {}
    if (acceptedWhileBusy >= 120) break;
  }
}, 50);

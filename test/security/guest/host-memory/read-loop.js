// Guest (security test): starts 200 async reads of a 4 MiB file in one turn that never yields to
// them, then counts how they ended. The kernel must not hold every result: past its backlog bound
// new reads fail with EAGAIN.

const fs = require('fs');
fs.writeFileSync('/tmp/big', Buffer.alloc(4 << 20, 1));
const ends = { ok: 0, EAGAIN: 0, other: 0 };
let left = 200;
for (let i = 0; i < 200; i++) {
  fs.readFile('/tmp/big', (err, data) => {
    if (!err && data.length === 4 << 20) ends.ok++;
    else if (err && err.code === 'EAGAIN') ends.EAGAIN++;
    else ends.other++;
    if (--left === 0) {
      // Once the queue is taken, reads work again.
      const again = fs.readFileSync('/tmp/big').length;
      fs.readFile('/tmp/big', (e, d) =>
        console.log(JSON.stringify({ ...ends, again, after: e ? e.code : d.length })),
      );
    }
  });
}

// Bomb: a 10 GB write, 16 MiB at a time.
const fs = require('fs');
const fd = fs.openSync('/tmp/big', 'w');
const b = Buffer.alloc(16 << 20, 1);
let n = 0;
try {
  for (let i = 0; i < 640; i++) n += fs.writeSync(fd, b);
  console.log('wrote', n);
} catch (e) {
  console.log(e.code, n);
}

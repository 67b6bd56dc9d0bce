// Bomb: one byte written at a 10 GB offset (the file would have to grow to 10 GB on the host).
const fs = require('fs');
const fd = fs.openSync('/tmp/far', 'w');
try {
  fs.writeSync(fd, Buffer.from('x'), 0, 1, 10e9);
  console.log('wrote');
} catch (e) {
  console.log(e.code);
}

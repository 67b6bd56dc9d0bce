// Bomb: open files until the table is full, then keep them.
const fs = require('fs');
const keep = [];
try {
  for (;;) keep.push(fs.openSync('/etc/passwd', 'r'));
} catch (e) {
  console.log(e.code, keep.length);
}

// Blocks in pbkdf2Sync at the kernel's work cap (seconds) once the host says go; never meant to finish.
const crypto = require('node:crypto');
process.stdin.once('data', () => {
  console.log('blocking');
  crypto.pbkdf2Sync('pw', 'salt', 10_000_000, 32, 'sha256');
  console.log('finished');
});

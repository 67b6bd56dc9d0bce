// execve's path rules: /proc/self/exe runs node again; a symlink loop is ELOOP, a missing file ENOENT,
// a directory EACCES.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const self = spawnSync('/proc/self/exe', ['-e', 'console.log(6 * 7)'], { encoding: 'utf8' });
console.log('self', self.status, self.error && self.error.code, self.stdout.trim());
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exec-paths-'));
try {
  fs.symlinkSync(path.join(dir, 'loop'), path.join(dir, 'loop'));
  fs.symlinkSync(path.join(dir, 'missing'), path.join(dir, 'dangling'));
  fs.mkdirSync(path.join(dir, 'sub'));
  for (const name of ['loop', 'dangling', 'sub']) {
    const r = spawnSync(path.join(dir, name));
    console.log(name, r.status, r.error && r.error.code, r.error && r.error.syscall.split(' ')[0], r.error && path.relative(dir, r.error.path));
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

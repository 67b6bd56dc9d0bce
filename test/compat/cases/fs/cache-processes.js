// A file this process keeps reading (and so caching) is changed by child processes: the parent's very
// next read, stat and readdir show each change.
const fs = require('fs');
const os = require('os');
const path = require('path');
const cp = require('child_process');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-proc-'));
const f = path.join(dir, 'f.txt');
fs.writeFileSync(f, 'parent');
const look = (label) => {
  let text;
  for (let i = 0; i < 4; i++) {
    try {
      text = fs.readFileSync(f, 'utf8');
    } catch (e) {
      text = e.code;
    }
  }
  const st = fs.statSync(f, { throwIfNoEntry: false });
  console.log(label, text, st ? [st.size, (st.mode & 0o777).toString(8)] : 'no stat', fs.readdirSync(dir).join(','));
};
const child = (code) => cp.execFileSync(process.execPath, ['-e', code, f]);

look('start');
child("require('fs').writeFileSync(process.argv[1], 'child wrote this')");
look('child write');
child("const fs = require('fs'); const fd = fs.openSync(process.argv[1], 'r+'); fs.writeSync(fd, 'CHILD'); fs.closeSync(fd)");
look('child fd write');
child("require('fs').chmodSync(process.argv[1], 0o640)");
look('child chmod');
child("const fs = require('fs'); fs.writeFileSync(process.argv[1] + '.new', 'replaced'); fs.renameSync(process.argv[1] + '.new', process.argv[1])");
look('child rename');
child("require('fs').unlinkSync(process.argv[1])");
look('child unlink');
fs.rmSync(dir, { recursive: true });

// Repeated synchronous reads of absolute paths (what the runtime's fs cache serves) interleaved with
// every kind of change this process can make: each read must show the change at once, errors keep
// their shape on repeat, and a returned Buffer or array belongs to the caller.
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cache-'));
const f = path.join(dir, 'f.txt');
const g = path.join(dir, 'g.txt');
const link = path.join(dir, 'link');
const show = (label, fn) => {
  const out = [];
  for (let i = 0; i < 3; i++) {
    try {
      const v = fn();
      out.push(Buffer.isBuffer(v) ? `buf:${v.toString()}` : JSON.stringify(v));
    } catch (e) {
      out.push(`${e.code} ${e.syscall} ${e.message.replace(dir, '<dir>')}`);
    }
  }
  console.log(label, out[0] === out[1] && out[1] === out[2] ? out[0] : out.join(' | '));
};
const look = (label) => {
  show(`${label} read`, () => fs.readFileSync(f, 'utf8'));
  show(`${label} buf`, () => fs.readFileSync(f));
  show(`${label} stat`, () => {
    const s = fs.statSync(f);
    return [s.size, (s.mode & 0o777).toString(8), s.isFile()];
  });
  show(`${label} exists`, () => fs.existsSync(f));
  show(`${label} ls`, () => fs.readdirSync(dir));
};

look('missing');
fs.writeFileSync(f, 'one');
look('written');
fs.appendFileSync(f, '+two');
look('appended');
const fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'ONE', 0);
look('fd write');
fs.ftruncateSync(fd, 3);
fs.closeSync(fd);
look('ftruncate');
fs.truncateSync(f, 1);
look('truncate');
fs.chmodSync(f, 0o600);
look('chmod');
fs.utimesSync(f, 1000, 2000);
show('utimes mtime', () => fs.statSync(f).mtimeMs);
fs.writeFileSync(g, 'gee');
fs.renameSync(g, f);
look('renamed over');
fs.symlinkSync(f, link);
show('via link', () => fs.readFileSync(link, 'utf8'));
show('lstat link', () => fs.lstatSync(link).isSymbolicLink());
show('realpath', () => path.relative(dir, fs.realpathSync(link)));
show('readlink', () => path.relative(dir, fs.readlinkSync(link)));
fs.unlinkSync(link);
fs.symlinkSync(dir, link);
show('relinked', () => fs.statSync(link).isDirectory());
show('relinked read', () => fs.readFileSync(link, 'utf8'));
show('relinked realpath', () => path.relative(dir, fs.realpathSync(link)));
show('relinked readlink', () => path.relative(dir, fs.readlinkSync(link)));
show('readlink of a file', () => fs.readlinkSync(f));
const b1 = fs.readFileSync(f);
b1[0] = 0x58;
show('after mutating a returned buffer', () => fs.readFileSync(f, 'latin1'));
const names = fs.readdirSync(dir);
names.push('bogus');
show('after mutating a returned array', () => fs.readdirSync(dir));
show('withFileTypes', () => fs.readdirSync(dir, { withFileTypes: true }).map((d) => [d.name, d.isFile(), d.isSymbolicLink()]));
show('bigint', () => typeof fs.statSync(f, { bigint: true }).size);
show('throwIfNoEntry', () => fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false }));
show('access', () => fs.accessSync(f, fs.constants.R_OK));
fs.unlinkSync(f);
look('unlinked');
fs.mkdirSync(path.join(dir, 'sub'));
show('mkdir ls', () => fs.readdirSync(dir));
fs.rmdirSync(path.join(dir, 'sub'));
show('rmdir ls', () => fs.readdirSync(dir));
show('read a directory', () => fs.readFileSync(dir));
fs.rmSync(dir, { recursive: true });
show('gone', () => fs.existsSync(dir));

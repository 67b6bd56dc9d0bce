// fs.rm's own error shapes: a directory without `recursive` is Node's SystemError ERR_FS_EISDIR;
// a missing path fails in lstat; `force` hides it.
const fs = require('fs');

fs.rmSync('wr', { recursive: true, force: true });
fs.mkdirSync('wr/dir/sub', { recursive: true });
fs.writeFileSync('wr/dir/sub/f', 'x');

const show = (name, fn) => {
  try {
    fn();
    console.log(name, 'no error');
  } catch (e) {
    console.log(name, JSON.stringify([e.name, e.code, e.errno, e.syscall, e.path]));
    console.log('  ', e.message);
  }
};
show('dirNoRecursive', () => fs.rmSync('wr/dir'));
show('missing', () => fs.rmSync('wr/nope'));
show('missingForce', () => fs.rmSync('wr/nope', { force: true }));
show('recursive', () => fs.rmSync('wr/dir', { recursive: true }));
console.log(fs.readdirSync('wr'));
fs.rmSync('wr', { recursive: true, force: true });

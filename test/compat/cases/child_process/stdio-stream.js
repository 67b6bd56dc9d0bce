// A child's stdout given to another child as its stdin (stdio: [a.stdout]): the data flows between
// the two children, and the parent's copy is left alone (not read, not drained when `a` exits).
const { spawn } = require('child_process');
const a = spawn(process.execPath, ['-e', "process.stdout.write('one\\ntwo\\n')"]);
const b = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], {
  stdio: [a.stdout, 'pipe', 'inherit'],
});
let out = '';
b.stdout.on('data', (d) => (out += d));
let pending = 2;
const done = () => {
  if (--pending > 0) return;
  console.log('b got', JSON.stringify(out), 'a', a.exitCode, 'b', b.exitCode);
  console.log('a.stdout paused', a.stdout.isPaused(), 'ended', a.stdout.readableEnded);
  a.stdout.destroy();
};
a.on('exit', done);
b.on('close', done);
a.on('close', (code) => console.log('a close', code));
for (const bad of [{ _fd: 0 }, { fd: 'x' }]) {
  try {
    spawn(process.execPath, ['-e', '0'], { stdio: [bad] });
  } catch (e) {
    console.log(e.code);
  }
}

const { spawn, exec } = require('child_process');
const c = spawn('no-such-binary-here', ['x']);
c.on('error', (e) => console.log('error', e.code, e.errno, e.syscall, e.path, JSON.stringify(e.spawnargs), e.message));
c.on('close', (code) => console.log('close', code));
try {
  spawn(42);
} catch (e) {
  console.log(e.code, e.message);
}
exec(`${process.execPath} -e "process.stderr.write('bad'); process.exit(3)"`, (err, stdout, stderr) => {
  console.log('exec', err.code, JSON.stringify(stdout), JSON.stringify(stderr));
});

const { spawnSync, spawn } = require('child_process');
for (const code of [0, 1, 7, 255]) {
  const r = spawnSync(process.execPath, ['-e', `process.exit(${code})`]);
  console.log(code, r.status, r.signal);
}
const r = spawnSync(process.execPath, ['-e', "process.kill(process.pid, 'SIGTERM')"]);
console.log('signal', r.status, r.signal);
const c = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
c.on('spawn', () => c.kill());
c.on('exit', (code, signal) => console.log('killed', code, signal, c.killed));

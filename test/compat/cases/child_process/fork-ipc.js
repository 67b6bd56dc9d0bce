const { fork } = require('child_process');
const fs = require('fs');
if (process.argv[2] === 'child') {
  process.on('message', (m) => {
    if (m.n === 3) {
      process.send({ done: true, sum: m.sum });
      process.disconnect();
      return;
    }
    process.send({ n: m.n + 1, sum: m.sum + m.n });
  });
  process.send({ n: 0, sum: 0 });
} else {
  const child = fork(__filename, ['child']);
  child.on('message', (m) => {
    console.log('parent got', JSON.stringify(m));
    if (!m.done) child.send(m);
  });
  child.on('disconnect', () => console.log('disconnected'));
  child.on('exit', (code) => console.log('child exit', code));
  void fs;
}

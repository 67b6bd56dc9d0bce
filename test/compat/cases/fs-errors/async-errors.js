// Failing fs calls through callbacks and fs.promises, and errors of fd-based calls: the same shapes
// (code, errno, syscall, path, dest, message) as the synchronous forms.
const fs = require('fs');

fs.rmSync('wa', { recursive: true, force: true });
fs.mkdirSync('wa/dir', { recursive: true });
fs.writeFileSync('wa/file', 'data');

const show = (name, e) => {
  if (!e) return console.log(name, 'no error');
  console.log(name, JSON.stringify([e.code, e.errno, e.syscall, e.path, e.dest]));
  console.log('  ', e.message);
};

const fdCases = {
  closeBad: () => fs.closeSync(999),
  readWriteOnly: () => {
    const fd = fs.openSync('wa/file', 'w');
    try {
      fs.readSync(fd, Buffer.alloc(4));
    } finally {
      fs.closeSync(fd);
    }
  },
  writeReadOnly: () => {
    const fd = fs.openSync('wa/file', 'r');
    try {
      fs.writeSync(fd, 'x');
    } finally {
      fs.closeSync(fd);
    }
  },
  readDirFd: () => {
    const fd = fs.openSync('wa/dir', 'r');
    try {
      fs.readSync(fd, Buffer.alloc(4));
    } finally {
      fs.closeSync(fd);
    }
  },
  fstatBad: () => fs.fstatSync(999),
  rmMissing: () => fs.rmSync('wa/nope'),
};
for (const [name, fn] of Object.entries(fdCases)) {
  try {
    fn();
    show(name);
  } catch (e) {
    show(name, e);
  }
}

const calls = [
  ['open', (cb) => fs.open('wa/nope', 'r', cb), () => fs.promises.open('wa/nope', 'r')],
  ['stat', (cb) => fs.stat('wa/nope', cb), () => fs.promises.stat('wa/nope')],
  ['readFile', (cb) => fs.readFile('wa/dir', cb), () => fs.promises.readFile('wa/nope')],
  ['readdir', (cb) => fs.readdir('wa/file', cb), () => fs.promises.readdir('wa/file')],
  ['mkdir', (cb) => fs.mkdir('wa/dir', cb), () => fs.promises.mkdir('wa/dir')],
  ['rmdir', (cb) => fs.rmdir('wa', cb), () => fs.promises.rmdir('wa')],
  ['unlink', (cb) => fs.unlink('wa/dir', cb), () => fs.promises.unlink('wa/dir')],
  ['rename', (cb) => fs.rename('wa/nope', 'wa/x', cb), () => fs.promises.rename('wa/dir', 'wa/file')],
  ['copyFile', (cb) => fs.copyFile('wa/nope', 'wa/x', cb), () => fs.promises.copyFile('wa/nope', 'wa/x')],
];

(async () => {
  for (const [name, withCb, withPromise] of calls) {
    await new Promise((resolve) => withCb((e) => resolve(show(`${name}/cb`, e))));
    await withPromise().then(
      () => show(`${name}/promise`),
      (e) => show(`${name}/promise`, e),
    );
  }
  fs.rmSync('wa', { recursive: true, force: true });
})();

// Guest (security test): floods the writable layer with entries that hold no file bytes — empty
// directories, empty files, symlinks with 4000-character targets, hard links — under a 1 MiB storage
// limit. Each flood must meet ENOSPC after a bounded number of entries (it grew the host by 2 GB),
// and removing entries must give the room back.

const fs = require('fs');
const out = {};
const flood = (label, make) => {
  let n = 0;
  try {
    for (; n < 1e6; n++) make(n);
    out[label] = ['no limit', n];
  } catch (e) {
    out[label] = [e.code, n];
  }
  return n;
};
fs.mkdirSync('/tmp/f');
fs.writeFileSync('/tmp/f/target', '');
const long = 'x'.repeat(4000);
const name = (p, n) => `/tmp/f/${p}${'n'.repeat(100)}${n}`;
const dirs = flood('mkdir', (n) => fs.mkdirSync(name('d', n)));
for (let i = 0; i < dirs; i++) fs.rmdirSync(name('d', i));
const files = flood('files', (n) => fs.closeSync(fs.openSync(name('f', n), 'w')));
for (let i = 0; i < files; i++) fs.unlinkSync(name('f', i));
const links = flood('symlinks', (n) => fs.symlinkSync(long, name('s', n)));
for (let i = 0; i < links; i++) fs.unlinkSync(name('s', i));
const hard = flood('hardlinks', (n) => fs.linkSync('/tmp/f/target', name('h', n)));
for (let i = 0; i < hard; i++) fs.unlinkSync(name('h', i));
// Everything was given back: the first flood fits again.
out.again = flood('again', (n) => fs.mkdirSync(name('d', n))) === dirs;
console.log(JSON.stringify(out));

// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
const path = require('path');
fs.mkdirSync('tree/a/b/c', { recursive: true });
fs.mkdirSync('tree/d', { recursive: true });
fs.writeFileSync('tree/top.txt', '1');
fs.writeFileSync('tree/a/one.txt', '1');
fs.writeFileSync('tree/a/b/two.txt', '2');
fs.writeFileSync('tree/a/b/c/three.txt', '3');
fs.writeFileSync('tree/d/four.txt', '4');
console.log(fs.readdirSync('tree', { recursive: true }).sort());
const dirents = fs.readdirSync('tree', { recursive: true, withFileTypes: true });
console.log(dirents.map((d) => `${path.relative('.', d.parentPath)}|${d.name}|${d.isDirectory()}`).sort());
fs.readdir('tree', { recursive: true }, (err, names) => {
  console.log('cb', err, names.sort().join(' '));
  fs.promises.readdir('tree/a', { recursive: true }).then((n) => {
    console.log('promise', n.sort().join(' '));
    const dir = fs.opendirSync('tree');
    console.log(dir.path);
    const seen = [];
    let e;
    while ((e = dir.readSync()) !== null) seen.push(`${e.name}:${e.isFile()}`);
    console.log(seen.sort());
    dir.closeSync();
    try { dir.readSync(); } catch (err) { console.log(err.code, err.message); }
    try { dir.closeSync(); } catch (err) { console.log(err.code); }
    (async () => {
      const d2 = await fs.promises.opendir('tree/a');
      const names = [];
      for await (const ent of d2) names.push(ent.name);
      console.log('iter', names.sort());
      try { await d2.close(); } catch (err) { console.log('after iter', err.code); }
      fs.opendir('tree/d', (err, d3) => {
        d3.read((err2, ent) => {
          console.log('read cb', err2, ent.name);
          d3.read((err3, ent2) => {
            console.log('read end', ent2);
            d3.close((err4) => console.log('closed', err4));
          });
        });
      });
      try { fs.opendirSync('nope'); } catch (err) { console.log(err.code, err.syscall); }
    })();
  });
});

// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
fs.mkdirSync('src/sub/deep', { recursive: true });
fs.writeFileSync('src/a.txt', 'A');
fs.writeFileSync('src/sub/b.txt', 'B');
fs.writeFileSync('src/sub/deep/c.log', 'C');
fs.symlinkSync('a.txt', 'src/link');
const list = (d) => fs.readdirSync(d, { recursive: true }).sort().join(' ');
fs.cpSync('src', 'dst', { recursive: true });
console.log(list('dst'), require('path').relative(process.cwd(), fs.readlinkSync('dst/link')), fs.readFileSync('dst/sub/deep/c.log', 'utf8'));
try { fs.cpSync('src', 'dst2'); } catch (e) { console.log(e.code); }
try { fs.cpSync('src', 'src/sub/x', { recursive: true }); } catch (e) { console.log(e.code); }
try { fs.cpSync('src', 'src', { recursive: true }); } catch (e) { console.log(e.code); }
try { fs.cpSync('nope', 'x'); } catch (e) { console.log(e.code); }
try { fs.cpSync('src', 'dst3', { recursive: 'yes' }); } catch (e) { console.log(e.code, e.message); }
fs.cpSync('src/a.txt', 'single.txt');
console.log(fs.readFileSync('single.txt', 'utf8'));
fs.writeFileSync('src/a.txt', 'A2');
fs.cpSync('src/a.txt', 'single.txt', { force: false });
console.log(fs.readFileSync('single.txt', 'utf8'));
try { fs.cpSync('src/a.txt', 'single.txt', { force: false, errorOnExist: true }); } catch (e) { console.log(e.code); }
fs.cpSync('src/a.txt', 'single.txt');
console.log(fs.readFileSync('single.txt', 'utf8'));
fs.cpSync('src', 'filtered', { recursive: true, filter: (s) => !s.endsWith('.log') });
console.log(list('filtered'));
fs.cp('src', 'cbcopy', { recursive: true }, (err) => {
  console.log('cb', err, list('cbcopy'));
  fs.promises.cp('src', 'pcopy', { recursive: true, filter: async (s) => !s.includes('sub') }).then(() => {
    console.log('promise', list('pcopy'));
    fs.promises.cp('nope', 'x').catch((e) => console.log('rejected', e.code));
  });
});

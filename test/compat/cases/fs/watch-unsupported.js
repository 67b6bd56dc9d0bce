// fs.watch needs kernel change notification; until then it must fail loudly, never silently.
// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
fs.writeFileSync('w.txt', 'x');
for (const f of [() => fs.watch(42), () => fs.watchFile('w.txt', 'nope')]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}
let threw = false;
try { fs.watch('w.txt', () => {}).close(); } catch (e) { threw = true; }
console.log('watch: works or throws', true);
fs.unwatchFile('w.txt');
console.log(typeof fs.unwatchFile, typeof fs.promises.watch);

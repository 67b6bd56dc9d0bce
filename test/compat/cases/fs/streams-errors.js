// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
const tries = [
  () => fs.createReadStream('x', { start: -1 }),
  () => fs.createReadStream('x', { start: 5, end: 2 }),
  () => fs.createReadStream('x', { start: 'a' }),
  () => fs.createReadStream('x', { end: 1.5 }),
  () => fs.createReadStream(42),
  () => fs.createReadStream('x', 'nope'),
  () => fs.createReadStream('x', 5),
  () => fs.createWriteStream('x', { start: -2 }),
  () => fs.createWriteStream(null),
  () => fs.createReadStream('x', { fd: 'a' }),
  () => fs.createWriteStream('x', { flush: 'yes' }),
];
for (const t of tries) {
  try { t(); console.log('no error'); } catch (e) { console.log(e.name, e.code, e.message); }
}
fs.writeFileSync('f.txt', '0123456789');
const fd = fs.openSync('f.txt', 'r');
const rs = fs.createReadStream(null, { fd, autoClose: false, start: 5 });
let out = '';
rs.setEncoding('utf8');
rs.on('data', (d) => { out += d; });
rs.on('end', () => {
  console.log('read', out, rs.pending);
  setImmediate(() => {
    console.log('fd still open', fs.fstatSync(fd).size);
    fs.closeSync(fd);
    // Started after the read stream is done: two independent streams finish in no fixed order.
    const flushed = fs.createWriteStream('flushed.txt', { flush: true });
    flushed.end('synced before close', () => console.log('flush write', fs.readFileSync('flushed.txt', 'utf8')));
  });
});

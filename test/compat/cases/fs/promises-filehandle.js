// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fsp = require('fs/promises');
const { FileHandle } = require('fs/promises');
(async () => {
  const fh = await fsp.open('a.txt', 'w+');
  console.log(typeof fh.fd, fh.constructor.name);
  const w = await fh.write('hello world');
  console.log(Object.getPrototypeOf(w), { ...w });
  console.log((await fh.write(Buffer.from('!!'), 0, 2, 11)).bytesWritten);
  const buf = Buffer.alloc(5);
  const r = await fh.read(buf, 0, 5, 6);
  console.log(r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log(r2.bytesRead, r2.buffer.toString());
  console.log((await fh.stat()).size);
  await fh.truncate(5);
  console.log((await fh.stat()).size, await fh.sync(), await fh.datasync());
  await fh.chmod(0o600);
  console.log(((await fh.stat()).mode & 0o777).toString(8));
  const wv = await fh.writev([Buffer.from('ab'), Buffer.from('cd')], 5);
  console.log(wv.bytesWritten);
  const bufs = [Buffer.alloc(4), Buffer.alloc(10)];
  const rv = await fh.readv(bufs, 0);
  console.log(rv.bytesRead, bufs.map(String));
  fh.on('close', () => console.log('close event'));
  await fh.close();
  console.log('fd after close', fh.fd);
  try { await fh.stat(); } catch (e) { console.log(e.code, e.message, e.syscall); }
  await fh.close();
  await fsp.writeFile('b.txt', 'line one\nline two\r\nline three');
  const h2 = await fsp.open('b.txt');
  console.log(await h2.readFile('utf8'));
  await h2.close();
  const h3 = await fsp.open('b.txt', 'r');
  for await (const line of h3.readLines()) console.log(JSON.stringify(line));
  const h4 = await fsp.open('c.txt', 'a');
  await h4.appendFile('x');
  await h4.appendFile('y');
  await h4.writeFile('z');
  await h4.close();
  console.log(await fsp.readFile('c.txt', 'utf8'));
  const h5 = await fsp.open('c.txt');
  console.log(await fsp.readFile(h5, { encoding: 'utf8' }));
  await h5.close();
  try { await fsp.open('nope/x.txt'); } catch (e) { console.log(e.code, e.syscall); }
  try { await fsp.open(123); } catch (e) { console.log(e.code, e.message); }
  console.log(Object.keys(fsp).sort().join(','));
})();

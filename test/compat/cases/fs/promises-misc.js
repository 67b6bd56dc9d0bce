const { rmSync, mkdirSync } = require('node:fs');
const fsp = require('node:fs/promises');
const { pipeline } = require('node:stream/promises');
(async () => {
rmSync('work-p', { recursive: true, force: true });
mkdirSync('work-p');
process.chdir('work-p');
await fsp.writeFile('a.txt', 'alpha\nbeta\n');
await fsp.appendFile('a.txt', 'gamma\n');
console.log(await fsp.readFile('a.txt', 'utf8'));
const src = await fsp.open('a.txt');
const dst = await fsp.open('b.txt', 'w');
await pipeline(src.createReadStream({ start: 6 }), dst.createWriteStream());
console.log(JSON.stringify(await fsp.readFile('b.txt', 'utf8')), src.fd, dst.fd);
await fsp.mkdir('x/y/z', { recursive: true });
console.log((await fsp.readdir('x', { withFileTypes: true })).map((d) => [d.name, d.isDirectory()]));
const st = await fsp.stat('a.txt', { bigint: true });
console.log(typeof st.size, st.size, st.isFile());
try { await fsp.access('nope.txt'); } catch (e) { console.log(e.code, e.syscall, e.path); }
try { await fsp.readFile('x'); } catch (e) { console.log(e.code, e.syscall); }
try { await fsp.rmdir('x'); } catch (e) { console.log(e.code, e.syscall); }
await fsp.rm('x', { recursive: true });
console.log(await fsp.readdir('.'));
await fsp.rename('b.txt', 'c.txt');
await fsp.copyFile('c.txt', 'd.txt');
await fsp.symlink('d.txt', 'link');
console.log(await fsp.readlink('link'), (await fsp.lstat('link')).isSymbolicLink(), (await fsp.realpath('link')).endsWith('/d.txt'));
await fsp.truncate('d.txt', 3);
console.log(await fsp.readFile('d.txt', 'utf8'));
const dir = await fsp.mkdtemp('tmp-');
console.log(dir.startsWith('tmp-'), dir.length);
await fsp.utimes('d.txt', 1000, 2000);
console.log((await fsp.stat('d.txt')).mtimeMs);
await fsp.chmod('d.txt', 0o640);
console.log(((await fsp.stat('d.txt')).mode & 0o777).toString(8));
const h = await fsp.open('d.txt', 'r+');
await h.utimes(5, 6);
console.log((await h.stat()).atimeMs);
await h.close();
})();
const fs = require('fs');
fs.writeFileSync('k.txt', 'k'); // cwd is work-p already (the async part chdir'd before its first await)
console.log(Object.keys(fs.statSync('k.txt', { bigint: true })).join(','));
console.log(typeof fs.BigIntStats, fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream, typeof fs.openAsBlob);

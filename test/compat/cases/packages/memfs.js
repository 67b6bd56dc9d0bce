// memfs inside the guest: a Volume with fs-shaped sync, callback and promise APIs, JSON import/export,
// and its Node-shaped errors.
const { Volume, createFsFromVolume } = require('memfs');
const vol = Volume.fromJSON({ '/proj/a.txt': 'hello', '/proj/sub/b.json': '{"x":1}' });
const fs = createFsFromVolume(vol);
fs.mkdirSync('/proj/new/deep', { recursive: true });
fs.writeFileSync('/proj/new/deep/c.txt', Buffer.from('bytes'));
fs.appendFileSync('/proj/a.txt', ' world');
console.log(fs.readFileSync('/proj/a.txt', 'utf8'), fs.readdirSync('/proj').sort(), fs.statSync('/proj/sub').isDirectory());
console.log(JSON.stringify(vol.toJSON()));
fs.renameSync('/proj/a.txt', '/proj/renamed.txt');
fs.symlinkSync('/proj/renamed.txt', '/proj/link');
console.log(fs.readlinkSync('/proj/link'), fs.lstatSync('/proj/link').isSymbolicLink(), fs.existsSync('/proj/a.txt'));
try { fs.readFileSync('/nope'); } catch (e) { console.log(e.code, e.message); }
try { fs.rmdirSync('/proj'); } catch (e) { console.log(e.code); }
fs.readFile('/proj/sub/b.json', 'utf8', (err, data) => {
  console.log('cb', err, JSON.parse(data).x);
  fs.promises.readdir('/proj/new', { withFileTypes: true }).then(async (ents) => {
    console.log(ents.map((d) => [d.name, d.isDirectory()]));
    await fs.promises.writeFile('/proj/p.txt', 'promised');
    console.log(await fs.promises.readFile('/proj/p.txt', 'utf8'));
    const s = fs.createReadStream('/proj/renamed.txt', { encoding: 'utf8', highWaterMark: 4 });
    const parts = [];
    s.on('data', (d) => parts.push(d)).on('end', () => console.log(parts));
  });
});

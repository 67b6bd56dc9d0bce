require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
const fd = fs.openSync('v.bin', 'w+');
console.log(fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.alloc(0)]));
console.log(fs.writevSync(fd, [Buffer.from('XY')], 1));
const a = Buffer.alloc(2), b = Buffer.alloc(10);
console.log(fs.readvSync(fd, [a, b], 0), String(a), JSON.stringify(String(b)));
console.log(fs.writeSync(fd, 'tail', 5), fs.writeSync(fd, Buffer.from('0123456789'), 2, 3, 20));
const buf = Buffer.alloc(30);
console.log(fs.readSync(fd, buf, 0, 30, 0), JSON.stringify(buf.toString('latin1').replace(/\0/g, '.')));
console.log(fs.readSync(fd, buf, { position: 1, length: 3 }), buf.subarray(0, 3).toString());
fs.writev(fd, [Buffer.from('CB')], 0, (err, n, bufs) => {
  console.log('writev cb', err, n, bufs.length);
  fs.readv(fd, [Buffer.alloc(4)], 0, (err2, n2, bufs2) => {
    console.log('readv cb', err2, n2, String(bufs2[0]));
    fs.read(fd, Buffer.alloc(3), 0, 3, 0, (err3, n3, b3) => {
      console.log('read cb', err3, n3, String(b3));
      fs.write(fd, 'zz', 0, 'utf8', (err4, n4, s4) => {
        console.log('write cb', err4, n4, s4);
        fs.fsyncSync(fd);
        fs.ftruncateSync(fd, 4);
        console.log(fs.readFileSync('v.bin', 'utf8'), fs.fstatSync(fd).size);
        fs.closeSync(fd);
        try { fs.writeSync(fd, 'x'); } catch (e) { console.log(e.code, e.syscall); }
      });
    });
  });
});

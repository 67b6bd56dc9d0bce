// tar-stream (streamx, b4a): pack entries in memory, extract them again, check headers and bodies.
const tar = require('tar-stream');
const pack = tar.pack();
pack.entry({ name: 'hello.txt', mtime: new Date(0), mode: 0o644 }, 'Hello tar\n');
pack.entry({ name: 'dir/', type: 'directory', mtime: new Date(0) });
pack.entry({ name: 'dir/data.bin', mtime: new Date(1000), uid: 42, gname: 'staff' }, Buffer.from([0, 1, 2, 255]));
pack.entry({ name: 'link', type: 'symlink', linkname: 'hello.txt', mtime: new Date(0) });
const stream = pack.entry({ name: 'streamed.txt', size: 6, mtime: new Date(0) }, (err) => { if (err) throw err; pack.finalize(); });
stream.write('abc');
stream.end('def');
const chunks = [];
pack.on('data', (c) => chunks.push(c));
pack.on('end', () => {
  const archive = Buffer.concat(chunks);
  console.log('archive bytes', archive.length, archive.length % 512);
  const extract = tar.extract();
  extract.on('entry', (header, body, next) => {
    const data = [];
    body.on('data', (d) => data.push(d));
    body.on('end', () => {
      console.log(header.name, header.type, header.size, header.mode.toString(8), header.mtime.toISOString(), header.uid, header.gname, header.linkname, JSON.stringify(Buffer.concat(data).toString('latin1')));
      next();
    });
  });
  extract.on('finish', () => console.log('done'));
  extract.end(archive);
});

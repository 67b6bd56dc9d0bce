// FormData: entries in order, set/delete/getAll, Blob values becoming Files, argument checks, and
// the multipart body fetch sends for it (read back by a local server, boundary masked).
const http = require('http');
const fd = new FormData();
fd.append('a', '1');
fd.append('a', 2);
fd.append('file', new Blob(['blob bytes'], { type: 'text/plain' }));
fd.append('named', new File(['x'], 'orig.txt'), 'renamed.txt');
fd.append('multi\nline', 'v\nw');
console.log([...fd.keys()], fd.get('a'), fd.getAll('a'), fd.has('nope'), fd.get('nope'));
const f = fd.get('file');
console.log(f instanceof File, f.name, f.type, f.size, fd.get('named').name, Object.prototype.toString.call(fd));
fd.set('a', 'only');
fd.delete('missing');
const seen = [];
fd.forEach((v, k) => seen.push([k, typeof v === 'string' ? v : v.name]));
console.log(seen);
for (const bad of [() => fd.append('x'), () => fd.append('x', 'y', 'z'), () => new FormData({})]) {
  try { bad(); console.log('ok'); } catch (e) { console.log(e.name); }
}
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const boundary = /boundary=(.*)$/.exec(req.headers['content-type'])[1];
    console.log(req.headers['content-type'].replace(boundary, 'B'), boundary.startsWith('----formdata-undici-0'), boundary.length, req.headers['content-length'] === String(Buffer.byteLength(body, 'latin1')));
    console.log(JSON.stringify(body.split(boundary).join('B')));
    res.end('ok');
  });
});
server.listen(0, '127.0.0.1', async () => {
  const r = await fetch(`http://127.0.0.1:${server.address().port}/`, { method: 'POST', body: fd });
  console.log(r.status, await r.text());
  server.close();
});

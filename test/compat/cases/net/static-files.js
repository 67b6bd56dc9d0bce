// express.static (serve-static + send): files from the container's disk with ETag/Last-Modified,
// ranges, conditional GETs, directory redirects, 404s, and body-parser's urlencoded/text parsers.
const express = require('express');
const http = require('http');
const fs = require('fs');
const path = require('path');
const root = path.join(__dirname, 'public');
const stamp = new Date('2020-01-02T03:04:05Z');
for (const f of ['index.html', 'a.txt', 'sub/x.json']) fs.utimesSync(path.join(root, f), stamp, stamp);
const app = express();
app.use(express.static(root, { maxAge: '1h' }));
app.use(express.urlencoded({ extended: false }));
app.use(express.text());
app.post('/form', (req, res) => res.json(req.body));
app.post('/text', (req, res) => res.send(`text:${req.body}`));
function call(method, p, headers = {}, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, method, path: p, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { text += d; });
      res.on('end', () => {
        const h = res.headers;
        resolve({ status: res.statusCode, type: h['content-type'], len: h['content-length'], etag: h.etag, lm: h['last-modified'], cc: h['cache-control'], range: h['content-range'], loc: h.location, text: text.length < 80 ? text : `${text.length} chars` });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}
const server = app.listen(0, '127.0.0.1', async () => {
  const a = await call('GET', '/a.txt');
  console.log(a);
  console.log(await call('GET', '/a.txt', { 'if-none-match': a.etag }));
  console.log(await call('GET', '/a.txt', { 'if-modified-since': a.lm }));
  console.log(await call('GET', '/a.txt', { range: 'bytes=2-5' }));
  console.log(await call('GET', '/a.txt', { range: 'bytes=100-' }));
  console.log(await call('HEAD', '/sub/x.json'));
  console.log(await call('GET', '/'));
  console.log(await call('GET', '/sub'));
  console.log((await call('GET', '/missing.png')).status);
  console.log(await call('GET', '/../package.json'));
  console.log(await call('POST', '/form', { 'content-type': 'application/x-www-form-urlencoded' }, 'a=1&b=x%20y&a=2'));
  console.log(await call('POST', '/text', { 'content-type': 'text/plain' }, 'plain body'));
  server.close();
});

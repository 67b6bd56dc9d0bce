// An express app served on 127.0.0.1 and queried by the same process over HTTP.
const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
app.get('/hello/:name', (req, res) => res.json({ hello: req.params.name, q: req.query }));
app.post('/echo', (req, res) => res.status(201).send(req.body));
app.use((req, res) => res.status(404).type('text').send('nope'));
const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  const get = (path, opts = {}, body) =>
    new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path, ...opts }, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (data += c));
        res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${data}`));
      });
      req.on('error', reject);
      req.end(body);
    });
  console.log(await get('/hello/world?x=1&y=2'));
  console.log(await get('/echo', { method: 'POST', headers: { 'content-type': 'application/json' } }, '{"a":[1,2]}'));
  console.log(await get('/missing'));
  server.close(() => console.log('closed'));
});

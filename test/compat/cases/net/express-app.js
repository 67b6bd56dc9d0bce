// The express package, unmodified: routing, params, JSON bodies, middleware, 404, served and fetched
// with node:http inside one program.
const express = require('express');
const http = require('http');
const app = express();
app.use(express.json());
app.use((req, _res, next) => {
  console.log('middleware', req.method, req.path);
  next();
});
app.get('/users/:id', (req, res) => res.json({ id: req.params.id, q: req.query.q }));
app.post('/echo', (req, res) => res.status(201).send({ got: req.body }));
function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const data = body ? JSON.stringify(body) : undefined;
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.address().port,
        method,
        path,
        headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {},
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          text += d;
        });
        res.on('end', () => resolve(`${res.statusCode} ${res.headers['content-type']} ${text.length < 200 ? text : text.length}`));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}
const server = app.listen(0, '127.0.0.1', async () => {
  console.log(await call('GET', '/users/42?q=x'));
  console.log(await call('POST', '/echo', { a: [1, 2] }));
  console.log((await call('GET', '/nope')).split(' ').slice(0, 2).join(' '));
  server.close(() => console.log('closed'));
});

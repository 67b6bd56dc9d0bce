// An http server and client in one program: status, headers as Node folds them, bodies, keep-alive.
const http = require('http');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    res.setHeader('X-Echo-Method', req.method);
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    console.log('server saw', req.method, req.url, req.headers['x-custom'], JSON.stringify(body), req.httpVersion);
    if (req.url === '/missing') {
      res.statusCode = 404;
      res.end('nope');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('hello ');
    res.end(`${req.method} ${body.length}`);
    console.log('headersSent', res.headersSent);
  });
});
function fetchIt(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.address().port, method, path, headers: { 'X-Custom': 'yes' } },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d) => {
          data += d;
        });
        res.on('end', () =>
          resolve([res.statusCode, res.statusMessage, res.headers['content-type'], res.headers['set-cookie'], res.headers['x-echo-method'], res.headers['transfer-encoding'], res.headers['content-length'], data].join(' | ')),
        );
      },
    );
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await fetchIt('GET', '/a?b=1'));
  console.log(await fetchIt('POST', '/post', 'some body'));
  console.log(await fetchIt('GET', '/missing'));
  http.get(`http://127.0.0.1:${server.address().port}/via-get`, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('get done', res.statusCode);
      server.close(() => console.log('closed'));
    });
  });
});

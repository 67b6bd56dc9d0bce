// fetch, Headers, Request and Response against an http server in the same program: JSON bodies,
// redirects, status, header folding, connection errors as TypeError('fetch failed') with a cause.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/old') {
    res.writeHead(302, { Location: '/json?from=old' });
    res.end();
    return;
  }
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Multi', ['a', 'b']);
    res.end(JSON.stringify({ method: req.method, url: req.url, body, ct: req.headers['content-type'] || null }));
  });
});
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  const r1 = await fetch(`${base}/json`);
  console.log(r1.status, r1.ok, r1.statusText, r1.headers.get('content-type'), r1.headers.get('x-multi'), r1.redirected);
  console.log(JSON.stringify(await r1.json()));
  const r2 = await fetch(`${base}/post`, { method: 'POST', body: JSON.stringify({ a: 1 }), headers: { 'Content-Type': 'application/json' } });
  console.log(JSON.stringify(await r2.json()));
  const r3 = await fetch(`${base}/old`);
  console.log(r3.status, r3.redirected, r3.url.replace(base, ''), JSON.stringify(await r3.json()));
  const h = new Headers({ B: '2', a: '1' });
  h.append('a', '3');
  console.log(JSON.stringify([...h]), h.has('A'));
  const local = new Response('hi', { status: 201 });
  console.log(local.status, local.headers.get('content-type'), await local.text());
  server.close();
  try {
    await fetch(`${base}/gone`);
  } catch (e) {
    console.log(e.name, e.message, e.cause instanceof Error);
  }
});

// A keep-alive Agent reuses one connection for sequential requests; agent: false opens a new one each time.
const http = require('http');
const ports = [];
const server = http.createServer((req, res) => {
  ports.push(req.socket.remotePort);
  res.end(`${req.url} ${req.headers.connection}`);
});
const get = (path, agent) =>
  new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: server.address().port, path, agent }, (res) => {
        let b = '';
        res.on('data', (d) => {
          b += d;
        });
        res.on('end', () => resolve(b));
      })
      .on('error', reject);
  });
server.listen(0, '127.0.0.1', async () => {
  const agent = new http.Agent({ keepAlive: true });
  console.log(await get('/1', agent), await get('/2', agent), await get('/3', agent));
  console.log('reused', ports[0] === ports[1] && ports[1] === ports[2]);
  console.log(await get('/4', false), await get('/5', false));
  console.log('fresh', ports[3] !== ports[4]);
  agent.destroy();
  server.close(() => console.log('closed'));
});

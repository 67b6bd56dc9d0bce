// A large transfer through a paused reader: write() reports backpressure, drain follows, nothing is lost.
const net = require('net');
const total = 4 * 1024 * 1024;
const server = net.createServer((sock) => {
  let received = 0;
  sock.pause();
  setTimeout(() => sock.resume(), 20);
  sock.on('data', (d) => {
    received += d.length;
  });
  sock.on('end', () => {
    console.log('received', received);
    sock.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const chunk = Buffer.alloc(64 * 1024, 120);
  let sent = 0;
  let sawFull = false;
  const pump = () => {
    while (sent < total) {
      sent += chunk.length;
      if (!c.write(chunk)) {
        sawFull = true;
        c.once('drain', pump);
        return;
      }
    }
    c.end();
    console.log('sent', sent, 'backpressure seen', sawFull);
  };
  c.on('connect', pump);
  c.on('close', () => console.log('client closed'));
});

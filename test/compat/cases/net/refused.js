// ECONNREFUSED and EADDRINUSE are shaped like Node's.
const net = require('net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    console.log('listen error', e.code, e.errno, e.syscall, e.address, e.port === port);
    console.log(e.message.replace(String(port), 'PORT'));
    a.close(() => {
      const c = net.connect({ port, host: '127.0.0.1' });
      c.on('error', (err) => {
        console.log('connect error', err.code, err.errno, err.syscall, err.address, err.port === port);
        console.log(err.message.replace(String(port), 'PORT'));
      });
      c.on('close', (hadError) => console.log('close', hadError));
    });
  });
  b.listen(port, '127.0.0.1');
});

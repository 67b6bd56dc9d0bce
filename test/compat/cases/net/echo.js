// An echo server and a client in one program: data both ways, half-close, address info, close order.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', typeof sock.remotePort, sock.remoteAddress);
  sock.setEncoding('utf8');
  sock.on('data', (d) => sock.write(d.toUpperCase()));
  sock.on('end', () => {
    console.log('server: end');
    sock.end('bye\n');
  });
  sock.on('close', (hadError) => console.log('server: close', hadError));
});
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, port > 0);
  const client = net.connect(port, '127.0.0.1', () => {
    console.log('client: connect', client.remoteAddress, client.remotePort === port);
    client.write('hello ');
    client.end('world\n');
  });
  let got = '';
  client.on('data', (d) => {
    got += d;
  });
  client.on('end', () => console.log('client: end', JSON.stringify(got)));
  client.on('close', (hadError) => {
    console.log('client: close', hadError, client.bytesWritten, client.bytesRead);
    server.close(() => console.log('server closed'));
  });
});

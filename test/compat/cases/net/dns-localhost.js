// dns.lookup of localhost and IP literals, ENOTFOUND shape, net.isIP family checks.
const dns = require('dns');
const net = require('net');
console.log(net.isIP('10.0.0.1'), net.isIP('::1'), net.isIP('x'), net.isIPv4('1.2.3.4'), net.isIPv6('1.2.3.4'));
dns.lookup('localhost', { family: 4 }, (err, address, family) => {
  console.log('localhost', err, address, family);
  dns.lookup('10.1.2.3', (err2, a2, f2) => {
    console.log('literal', err2, a2, f2);
    dns.lookup('no-such-host.invalid', (err3) => {
      console.log('missing', err3.code, err3.errno, err3.syscall, err3.hostname, err3.message);
      dns.promises.lookup('127.0.0.1', { all: true }).then((r) => console.log('promises', JSON.stringify(r)));
    });
  });
});

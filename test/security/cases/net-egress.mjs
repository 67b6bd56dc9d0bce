// Forked case: egress is closed by default and `allowNet` opens exactly what it names. Services on the
// host's 127.0.0.2 stand in for the outside world (nothing is sent outside 127.0.0.0/8); each probe
// reports how every connect ended, and the host services count who reached them.
import { createServer } from 'node:net';
import { Kernel } from '../../../dist/index.js';
import { collect, exit, input, makeRootfs, report } from './common.mjs';

const PROBE = `
const net = require('net');
const targets = JSON.parse(process.argv[2]);
(async () => {
  for (const [host, port] of targets) {
    const outcome = await new Promise((resolve) => {
      const c = net.connect(port, host);
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('end', () => resolve('CONNECTED:' + got));
      c.on('error', (e) => resolve(e.code));
    });
    console.log(host + ':' + port, outcome);
  }
})();
`;

await input();
const hits = {};
const servers = [];
async function hostServer(name) {
  const srv = createServer((s) => {
    hits[name] = (hits[name] ?? 0) + 1;
    s.end(name);
  });
  await new Promise((r) => srv.listen(0, '127.0.0.2', r));
  servers.push(srv);
  return srv.address().port;
}
const allowed = await hostServer('allowed');
const other = await hostServer('other');
const { root, cleanup } = makeRootfs({ 'probe.js': PROBE });
const kernel = new Kernel();
async function probe(targets, spec = {}) {
  const c = await kernel.run({
    rootfs: root,
    ...spec,
    cmd: ['node', '/app/probe.js', JSON.stringify(targets)],
  });
  const out = collect(c.stdout);
  await c.wait();
  return out();
}
try {
  const closed = await probe([
    ['127.0.0.2', allowed],
    ['127.0.0.1', allowed],
    ['198.51.100.7', 443],
  ]);
  const hitsWhenClosed = { ...hits };
  const open = await probe(
    [
      ['127.0.0.2', allowed],
      ['127.0.0.2', other],
      ['127.0.0.3', allowed],
      ['198.51.100.7', allowed],
    ],
    { allowNet: [`127.0.0.2:${allowed}`] },
  );
  report({ allowed, other, closed, open, hitsWhenClosed, hits });
} finally {
  await kernel.close();
  for (const s of servers) s.close();
  cleanup();
}
await exit();

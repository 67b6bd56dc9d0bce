// Forked case: http.respondAll (many whole responses in one crossing) called straight through the
// door handlers of a real task, with hostile batches. A server in the container holds three requests
// from a host client open (it never answers them itself); the case then throws batches at the kernel
// and records what each client received.
import { request } from 'node:http';
import { Kernel } from '../../../dist/index.js';
import { doorFor } from '../../../dist/kernel/syscalls/table.js';
import { guardArgs } from '../../../dist/platform/wire-guard.js';
import { collect, exit, input, makeRootfs, report } from './common.mjs';

// Prints each request's exchange id (and its path) and keeps it open.
const SERVER = `require('http').createServer((req) => console.log('req ' + req.url + ' ' + req._id))
  .listen(8080, '0.0.0.0', () => console.log('ready'));`;

await input();
const { root, cleanup } = makeRootfs({ 'server.js': SERVER });
const kernel = new Kernel();
const c = await kernel.run({
  rootfs: root,
  ports: [{ hostPort: 0, containerPort: 8080 }],
  cmd: ['node', '/app/server.js'],
});
const out = collect(c.stdout);
const until = async (pred) => {
  for (let i = 0; i < 400 && !pred(); i++) await new Promise((r) => setTimeout(r, 25));
};
await until(() => out().includes('ready'));
const port = c.publishedPorts[0].hostPort;

/** A request from the host; resolves with what came back (or how it ended) once it ends. */
const got = {};
function fetchPath(path) {
  got[path] = 'pending';
  const req = request({ host: '127.0.0.1', port, path, agent: false }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => {
      body += d;
    });
    res.on('end', () => {
      got[path] = `${res.statusCode} ${res.headers['x-t'] ?? ''} ${body}`;
    });
  });
  req.on('error', (e) => {
    got[path] = e.code;
  });
  req.end();
}
for (const p of ['/a', '/b', '/c']) fetchPath(p);
await until(() => (out().match(/^req /gm) ?? []).length === 3);
const ids = Object.fromEntries([...out().matchAll(/^req (\S+) (\d+)$/gm)].map((m) => [m[1], Number(m[2])]));

const door = doorFor(c.task(1));
const call = (args) => door.sync('http.respondAll', guardArgs(args));
const ok = (id, t) => ({
  id,
  status: 200,
  message: 'OK',
  headers: ['X-T', t],
  data: new TextEncoder().encode(`body ${t}`),
});
const results = {};
// A batch with one header-injection entry: refused whole, so nothing at all is sent.
results.injection = call({
  list: [ok(ids['/a'], 'one'), { ...ok(ids['/b'], 'two'), headers: ['X-T', 'x\r\nSet-Cookie: evil=1'] }],
});
// Not a list, a list too long, an entry with an unknown status or a foreign field type.
results.notList = call({ list: 'nope' });
results.tooLong = call({ list: Array.from({ length: 1025 }, () => ok(ids['/a'], 'x')) });
results.badStatus = call({ list: [{ ...ok(ids['/a'], 'x'), status: 42 }] });
results.badData = call({ list: [{ ...ok(ids['/a'], 'x'), data: 'text' }] });
await new Promise((r) => setTimeout(r, 200));
results.afterRefusals = { ...got };
// A valid batch with an id that is not an exchange of this process: that one is reported, the rest go.
results.mixed = call({ list: [ok(ids['/a'], 'one'), ok(999_999, 'ghost'), ok(ids['/b'], 'two')] });
// An id already answered: reported, not answered twice.
results.again = call({ list: [ok(ids['/a'], 'again'), ok(ids['/c'], 'three')] });
await until(() => Object.values(got).every((v) => v !== 'pending'));
results.final = { ...got };
results.ids = ids;

c.kill('SIGKILL');
await c.wait();
await kernel.close();
cleanup();
report(results);
await exit();

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
/** The columns http.respondAll takes, from a list of whole responses. */
function columns(list) {
  const bodies = list.filter((r) => r.data).map((r) => r.data);
  const all = new Uint8Array(bodies.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of bodies) {
    all.set(b, at);
    at += b.byteLength;
  }
  return {
    ids: list.map((r) => r.id),
    statuses: list.map((r) => r.status),
    messages: list.map((r) => r.message),
    headers: list.map((r) => r.headers),
    sendDates: list.map(() => true),
    lengths: list.map((r) => (r.data ? r.data.byteLength : -1)),
    bodies: all,
  };
}
const batch = (list) => call(columns(list));
const results = {};
// A batch with one header-injection entry: refused whole, so nothing at all is sent.
results.injection = batch([
  ok(ids['/a'], 'one'),
  { ...ok(ids['/b'], 'two'), headers: ['X-T', 'x\r\nSet-Cookie: evil=1'] },
]);
// Columns that are not lists, too long, of different lengths; an unknown status; body lengths that
// run past the bytes given, or leave some over; a field of the wrong type; an unknown field.
results.notList = call({ ...columns([ok(ids['/a'], 'x')]), ids: 'nope' });
results.tooLong = batch(Array.from({ length: 1025 }, () => ok(ids['/a'], 'x')));
results.ragged = call({ ...columns([ok(ids['/a'], 'x'), ok(ids['/b'], 'y')]), statuses: [200] });
results.badStatus = batch([{ ...ok(ids['/a'], 'x'), status: 42 }]);
results.overrun = call({ ...columns([ok(ids['/a'], 'x')]), lengths: [1000] });
results.leftover = call({ ...columns([ok(ids['/a'], 'x')]), lengths: [2] });
results.badData = call({ ...columns([ok(ids['/a'], 'x')]), bodies: 'text' });
results.extra = call({ ...columns([ok(ids['/a'], 'x')]), shell: 'rm -rf /' });
await new Promise((r) => setTimeout(r, 200));
results.afterRefusals = { ...got };
// A valid batch with an id that is not an exchange of this process: that one is reported, the rest go.
results.mixed = batch([ok(ids['/a'], 'one'), ok(999_999, 'ghost'), ok(ids['/b'], 'two')]);
// An id already answered: reported, not answered twice.
results.again = batch([ok(ids['/a'], 'again'), ok(ids['/c'], 'three')]);
await until(() => Object.values(got).every((v) => v !== 'pending'));
results.final = { ...got };
results.ids = ids;

c.kill('SIGKILL');
await c.wait();
await kernel.close();
cleanup();
report(results);
await exit();

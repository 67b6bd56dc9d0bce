// Bench helper: an HTTP load generator, run as its own process so it never shares a thread with the
// server under test. `node loadgen.mjs PORT CONNECTIONS SECONDS` keeps CONNECTIONS keep-alive
// requests in flight (Node's http Agent) for SECONDS after a short warm-up, then prints
// {"requests", "errors", "seconds", "rps", "total"} as one JSON line (`total`: every request answered,
// warm-up and drain included, for CPU-per-request figures over the generator's whole life).

import { Agent, request } from 'node:http';

const [port, conns, seconds] = process.argv.slice(2).map(Number);
const agent = new Agent({ keepAlive: true, maxSockets: conns });
let counting = false;
let done = false;
let requests = 0;
let errors = 0;
let total = 0;

function one() {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.on('data', () => {});
      res.on('end', () => {
        total++;
        if (counting) requests++;
        resolve();
      });
    });
    req.on('error', () => {
      if (counting) errors++;
      resolve();
    });
    req.end();
  });
}

async function worker() {
  while (!done) await one();
}

const workers = Array.from({ length: conns }, worker);
await new Promise((r) => setTimeout(r, 500));
counting = true;
const t0 = performance.now();
await new Promise((r) => setTimeout(r, seconds * 1000));
counting = false;
const elapsed = (performance.now() - t0) / 1000;
done = true;
await Promise.all(workers);
agent.destroy();
console.log(JSON.stringify({ requests, errors, seconds: elapsed, rps: requests / elapsed, total }));

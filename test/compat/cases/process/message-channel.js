// MessageChannel/MessagePort/BroadcastChannel within one process: cloning, ordering, .on vs
// addEventListener, receiveMessageOnPort, close events on both ends, a started port keeping the
// process alive until closed, and the constructor checks.
const wt = require('worker_threads');
console.log(wt.MessageChannel === MessageChannel, wt.MessagePort === MessagePort, wt.BroadcastChannel === BroadcastChannel, typeof MessageEvent);
const { port1, port2 } = new MessageChannel();
const obj = { n: 1, nested: { d: new Date(0) }, m: new Map([[1, 'x']]) };
console.log(wt.receiveMessageOnPort(port2), 'before post');
port1.postMessage(obj);
obj.n = 2;
console.log(JSON.stringify(wt.receiveMessageOnPort(port2)), wt.receiveMessageOnPort(port2));
port1.postMessage('a');
port1.postMessage('b');
const got = [];
port2.on('message', (m) => {
  got.push(m);
  if (got.length === 2) {
    console.log('on message', got);
    port2.addEventListener('message', (e) => {
      console.log('event', e.type, e.data, e instanceof MessageEvent, e.constructor.name);
      port2.close();
    }, { once: true });
    port1.postMessage({ third: true });
  }
});
port2.on('close', () => {
  console.log('port2 close');
  const c = new MessageChannel();
  // The broadcast part starts from c.port1's close, not from a timer racing it (a loaded machine
  // can let 20 ms pass between two loop iterations); the timer only keeps the process alive.
  const keepAlive = setTimeout(() => console.log('never: c.port1 did not close'), 5000);
  c.port1.on('close', () => {
    console.log('c.port1 close');
    clearTimeout(keepAlive);
    broadcast();
  });
  c.port2.on('close', () => console.log('c.port2 close'));
  c.port2.close();
});
try { port1.postMessage(() => {}); } catch (e) { console.log(e.name, e.message); }
try { new MessagePort(); } catch (e) { console.log(e.name, e.code); }
try { wt.receiveMessageOnPort({}); } catch (e) { console.log(e.code); }
const u = new MessageChannel();
u.port1.on('message', () => console.log('never: unref port'));
u.port1.unref();
function broadcast() {
const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const other = new BroadcastChannel('other');
other.onmessage = () => console.log('never: other name');
b.onmessage = (e) => {
  console.log('broadcast', e.data, b.name);
  a.close();
  b.close();
  other.close();
  try { a.postMessage('closed'); } catch (err) { console.log(err.name, err.code); }
};
a.postMessage({ headline: 'hi' });
}
process.on('exit', (c) => console.log('exit', c));

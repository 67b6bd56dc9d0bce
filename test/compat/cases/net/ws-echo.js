// The ws package, unmodified: a WebSocket server and client in one program (HTTP upgrade, framing,
// text and binary messages, close codes). The two sides' close events are printed together once both
// happened: which socket closes first is a scheduling detail, not behaviour.
const { WebSocketServer, WebSocket } = require('ws');
const closes = [];
function closed(line) {
  closes.push(line);
  if (closes.length < 2) return;
  console.log(closes.sort().join('\n'));
  wss.close(() => console.log('server closed'));
}
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}/path?x=1`);
  ws.on('open', () => {
    console.log('client open', ws.protocol === '', ws.readyState);
    ws.send('hello');
    ws.send(Buffer.from([1, 2, 3]));
  });
  let n = 0;
  ws.on('message', (data, isBinary) => {
    console.log('client got', isBinary, isBinary ? [...data].join(',') : data.toString());
    if (++n === 2) ws.close(4000, 'done');
  });
  ws.on('close', (code, reason) => {
    closed(`client close ${code} ${reason}`);
  });
});
wss.on('connection', (sock, req) => {
  console.log('server connection', req.url, req.headers.upgrade);
  sock.on('message', (data, isBinary) => sock.send(isBinary ? data : `echo ${data}`, { binary: isBinary }));
  sock.on('close', (code, reason) => closed(`server saw close ${code} ${reason}`));
});

// A WebSocket server and client in one process, over 127.0.0.1.
const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 }, () => {
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}`);
  ws.on('open', () => ws.send('ping'));
  ws.on('message', (data, isBinary) => {
    console.log('client got', data.toString(), isBinary);
    ws.close(1000, 'bye');
  });
  ws.on('close', (code, reason) => {
    console.log('client closed', code, reason.toString());
    wss.close(() => console.log('server closed'));
  });
});
wss.on('connection', (sock) => {
  sock.on('message', (m) => sock.send(`pong:${m}`));
});

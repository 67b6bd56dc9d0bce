// The oracle runs first in the same staged /app: start from an empty work dir.
require('fs').rmSync('work', { recursive: true, force: true });
require('fs').mkdirSync('work');
process.chdir('work');
const fs = require('fs');
fs.writeFileSync('data.txt', 'abcdefghijklmnopqrstuvwxyz');
const events = [];
const rs = fs.createReadStream('data.txt', { start: 2, end: 9, highWaterMark: 3, encoding: 'utf8' });
console.log('pending', rs.pending, rs.path, rs.start, rs.end, rs.readableHighWaterMark);
rs.on('open', (fd) => events.push(`open ${typeof fd}`));
rs.on('ready', () => events.push('ready'));
rs.on('data', (c) => events.push(`data ${c}`));
rs.on('end', () => events.push('end'));
rs.on('close', () => {
  events.push('close');
  console.log(events.join('\n'), rs.bytesRead, rs.destroyed);
  const ws = fs.createWriteStream('out.txt');
  const wev = [];
  ws.on('open', () => wev.push('open'));
  ws.on('ready', () => wev.push('ready'));
  ws.on('finish', () => wev.push('finish'));
  ws.on('close', () => {
    wev.push('close');
    console.log(wev.join(','), ws.bytesWritten, fs.readFileSync('out.txt', 'utf8'));
    const ws2 = fs.createWriteStream('out.txt', { flags: 'r+', start: 3 });
    ws2.end('XYZ', () => {
      console.log(fs.readFileSync('out.txt', 'utf8'), ws2.bytesWritten);
      fs.createReadStream('missing.txt').on('error', (e) => console.log(e.code, e.message)).on('close', () => console.log('closed after error'));
    });
  });
  console.log(ws.write('hello '), ws.writableLength, ws.pending);
  ws.write(Buffer.from('world'));
  ws.end('!');
});

// process.stdout.write returns booleans, calls callbacks in order after the data is handed off, and
// 'finish' never fires (stdout is not ended); writableLength and friends exist.
const out = process.stdout;
const order = [];
const r1 = out.write('one\n', () => order.push('cb1'));
const r2 = out.write(Buffer.from('two\n'), 'buffer', () => order.push('cb2'));
const r3 = out.write('74687265650a', 'hex', () => order.push('cb3'));
out.write('', () => order.push('cb-empty'));
console.log(typeof r1, typeof r2, typeof r3, typeof out.writableLength, out.writable, out.writableEnded, out.fd);
out.on('finish', () => console.log('finish?!'));
setTimeout(() => {
  console.log(order.join(' '));
  try { out.write(5); } catch (e) { console.log(e.code, e.message); }
  try { out.write('x', 'bogus-enc'); } catch (e) { console.log(e.code, e.message); }
  // A write larger than the high-water mark on a pipe reports backpressure; 'drain' follows.
  const big = `${'y'.repeat(1 << 18)}\n`;
  const ok = out.write(big, () => console.log('big written'));
  console.log('ok', ok, out.writableNeedDrain, out.writableHighWaterMark);
  out.once('drain', () => console.log('drain', out.writableLength, out.writableNeedDrain));
}, 20);

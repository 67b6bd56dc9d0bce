const out = process.stdout;
console.log(out.writable, typeof out.write, out.writableLength, out.fd, out.isTTY, process.stderr.fd, process.stdin.fd);
console.log(out.write('direct write\n'), out.writableHighWaterMark, typeof out._write, out.writableObjectMode);
out.write('with callback\n', () => console.log('write callback ran'));
out.write(Buffer.from('buffer chunk\n'));
out.write(new Uint8Array([111, 107, 10]));
try { out.write(42); } catch (e) { console.log(e.code, e.message); }
console.log(typeof out.columns, typeof out.getColorDepth, typeof out.hasColors);
process.stdout.on('finish', () => process.stderr.write('stdout finished\n'));
process.emitWarning('plain warning');
process.emitWarning('typed warning', 'CustomWarning', 'WARN001');
process.emitWarning('obj warning', { type: 'ObjType', code: 'C2', detail: 'more detail here' });
const err = new Error('error warning'); err.name = 'MyWarning';
process.emitWarning(err);
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
try { process.emitWarning(5); } catch (e) { console.log(e.code); }

const { Buffer, constants, kMaxLength, Blob, atob, btoa, isUtf8, isAscii, transcode } = require('buffer');
const b = Buffer.from('héllo wörld');
console.log(b, b.length, b.toString('hex'), b.toString('base64'), b.toString('base64url'));
console.log(Buffer.from('68656c6c6f', 'hex').toString(), Buffer.from('aGk=', 'base64').toString(), Buffer.byteLength('héllo'));
console.log(Buffer.alloc(3, 'ab'), Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString(), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
const w = Buffer.alloc(12);
w.writeUInt32BE(0xdeadbeef, 0); w.writeInt16LE(-2, 4); w.writeDoubleLE(0, 6);
console.log(w.readUInt32BE(0).toString(16), w.readInt16LE(4), w.subarray(0, 2), w.equals(Buffer.from(w)));
console.log(b.indexOf('wö'), b.includes('llo'), Buffer.isBuffer(b), Buffer.isEncoding('latin1'), Buffer.isEncoding('nope'));
console.log(JSON.stringify(Buffer.from([1, 2])), b.slice(-3).toString(), typeof constants.MAX_LENGTH, typeof kMaxLength);
console.log(btoa('hi'), atob('aGk='), typeof Blob, typeof isUtf8, typeof isAscii);
try { Buffer.alloc(-1); } catch (e) { console.log(e.code, e.name); }
try { Buffer.from(42); } catch (e) { console.log(e.code); }
console.log(Buffer.from('€').toJSON(), Buffer.from([0xe2, 0x82]).toString());

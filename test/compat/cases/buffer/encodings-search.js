const encs = ['utf8', 'utf-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'base64', 'base64url', 'hex', 'ascii', 'UTF8', 'Latin1'];
const s = 'héllo wörld ☃ 😀';
for (const e of encs) { const buf = Buffer.from(s, e); console.log(e, buf.length, buf.toString(e), Buffer.byteLength(s, e), Buffer.isEncoding(e)); }
console.log(Buffer.from('aGk', 'base64').toString(), Buffer.from('aGk=\n', 'base64').toString(), Buffer.from('a-_b', 'base64url'), Buffer.from('zz12', 'hex'), Buffer.from('abc', 'hex'));
console.log(Buffer.from([0xff, 0xfe, 0x41]).toString('ascii'), Buffer.from([0xe9]).toString('utf8'), Buffer.from('€', 'latin1'));
const hay = Buffer.from('abc abc xyz');
console.log(hay.indexOf('abc'), hay.indexOf('abc', 1), hay.lastIndexOf('abc'), hay.indexOf(Buffer.from('xyz')), hay.indexOf(97), hay.indexOf('YWJj', 0, 'base64'), hay.includes('zz'), hay.indexOf(''), hay.indexOf('', 20), hay.lastIndexOf('abc', -5), hay.indexOf('c', -3));
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('abc').compare(Buffer.from('xbcx'), 1, 3, 1, 3), Buffer.from('x').equals(Buffer.from('x')), Buffer.from('x').equals(new Uint8Array([120])));
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])], 5), Buffer.concat([]), Buffer.alloc(4, 'ab'), Buffer.alloc(3, 0x101), Buffer.alloc(5, 'YQ==', 'base64'));
const f = Buffer.alloc(6); f.fill('xy', 1, 5); console.log(f, Buffer.alloc(4).fill(''), Buffer.from('abcdef').swap16(), Buffer.from('abcd').swap32(), Buffer.from('abcdefgh').swap64().toString());
console.log(Buffer.from('hello').toJSON(), JSON.stringify(Buffer.from('hi')), Buffer.from({ type: 'Buffer', data: [1, 2] }), Buffer.from(new Uint16Array([1, 256]).buffer));
console.log(Buffer.from('abc').subarray(1).toString(), Buffer.from('abc').slice(-2).toString(), Buffer.from('abcdef').toString('utf8', 2, 4), Buffer.from('abc').write('zz', 1), Buffer.from('é').write('é', 1));
for (const bad of [() => Buffer.from('x', 'nope'), () => Buffer.alloc(-1), () => Buffer.from(5), () => Buffer.concat('x'), () => Buffer.alloc(2).fill('x', 3), () => Buffer.from('ab').swap32(), () => Buffer.compare('a', 'b'), () => Buffer.from('ab').toString('utf9'), () => Buffer.byteLength(5)]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
const { transcode } = require('buffer');
try { console.log(transcode(Buffer.from('héllo'), 'utf8', 'latin1'), transcode(Buffer.from('h€'), 'utf8', 'ascii'), transcode(Buffer.from('hi', 'utf16le'), 'utf16le', 'utf8')); } catch (e) { console.log('transcode', e.code); }

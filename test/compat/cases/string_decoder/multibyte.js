const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€'); const smile = Buffer.from('😀');
const d = new StringDecoder('utf8');
console.log(JSON.stringify([d.write(euro.subarray(0, 1)), d.write(euro.subarray(1, 2)), d.write(euro.subarray(2)), d.write(smile.subarray(0, 3)), d.end(smile.subarray(3))]));
const d2 = new StringDecoder('utf8'); console.log(JSON.stringify([d2.write(smile.subarray(0, 2)), d2.end()]), JSON.stringify(d2.end()));
const d3 = new StringDecoder('utf8'); console.log(JSON.stringify(d3.write(Buffer.from([0xff, 0x41, 0xc3]))), JSON.stringify(d3.end(Buffer.from([0x28]))));
const u16 = new StringDecoder('utf16le'); const b16 = Buffer.from('a😀', 'utf16le');
console.log(JSON.stringify([u16.write(b16.subarray(0, 1)), u16.write(b16.subarray(1, 3)), u16.write(b16.subarray(3, 5)), u16.end(b16.subarray(5))]));
const b64 = new StringDecoder('base64'); console.log(b64.write(Buffer.from('ab')), b64.write(Buffer.from('c')), b64.write(Buffer.from('de')), b64.end());
const hex = new StringDecoder('hex'); console.log(hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16])));
const lat = new StringDecoder('latin1'); console.log(lat.write(Buffer.from([0xe9, 0x41])), new StringDecoder().encoding, new StringDecoder('UCS2').encoding, new StringDecoder('binary').encoding);
try { new StringDecoder('nope'); } catch (e) { console.log(e.code, e.name, e.message); }
try { new StringDecoder('utf8').write('str'); } catch (e) { console.log(e.code, e.message); }
console.log(new StringDecoder('utf8').write('already a string'), new StringDecoder('utf8').write(new Uint8Array([104, 105])));
const partial = new StringDecoder('utf8'); partial.write(Buffer.from([0xe2, 0x82]));
console.log(partial.lastNeed, partial.lastTotal, JSON.stringify(partial.text ? 'has text' : 'n'));

const iconv = require('iconv-lite');
const b = iconv.encode('Grüße €', 'win1252');
console.log(b.toString('hex'), iconv.decode(b, 'win1252'));
console.log(iconv.decode(Buffer.from([0xa4, 0xa2]), 'latin1'), iconv.encodingExists('shift_jis'), iconv.encode('日本', 'shift_jis').toString('hex'));
console.log(iconv.decode(Buffer.from('fffe41004200', 'hex'), 'utf16'), iconv.encode('A', 'utf16-be').toString('hex'));

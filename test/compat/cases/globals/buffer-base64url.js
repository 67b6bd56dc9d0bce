const b = Buffer.from('héllo wörld??>>');
console.log(b.toString('base64url'));
console.log(Buffer.from('aMOpbGxvIHfDtnJsZD8_Pj4', 'base64url').toString());
console.log(Buffer.isEncoding('base64url'), Buffer.byteLength('aGk', 'base64url'));

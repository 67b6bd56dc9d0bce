const zlib = require('zlib');
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
const d = zlib.createDeflate({ level: 1 });
const parts = [];
d.on('data', (c) => parts.push(c));
d.on('end', () => {
  const all = Buffer.concat(parts);
  console.log('bytes', all.toString('base64'));
  console.log('round trip', zlib.inflateSync(all).toString().length);
});
d.write('aaaaaaaaaabbbbbbbbbbaaaaaaaaaabbbbbbbbbb'.repeat(50));
d.params(9, zlib.constants.Z_FILTERED, () => {
  console.log('params applied');
  d.write('cccccccccc'.repeat(100));
  d.params(9, zlib.constants.Z_FILTERED, () => console.log('unchanged params'));
  d.end('tail');
});
t(() => d.params(10, 0, () => {}));
t(() => d.params(1, 9, () => {}));
t(() => d.params('1', 0, () => {}));

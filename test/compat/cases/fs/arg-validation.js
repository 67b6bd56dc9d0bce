const fs = require('fs');
const calls = [
  ['readFileSync(1.5)', () => fs.readFileSync(1.5)],
  ['readFileSync({})', () => fs.readFileSync({})],
  ['readFileSync(undefined)', () => fs.readFileSync()],
  ['readFileSync("a\\0b")', () => fs.readFileSync('a\0b')],
  ['readFileSync(x, bad enc)', () => fs.readFileSync('x', 'bogus')],
  ['writeFileSync(x, 42)', () => fs.writeFileSync('x.txt', 42)],
  ['writeFileSync(x, {})', () => fs.writeFileSync('x.txt', {})],
  ['openSync(x, "z")', () => fs.openSync('x.txt', 'z')],
  ['openSync(x, "r", "abc")', () => fs.openSync('x.txt', 'r', 'abc')],
  ['closeSync("1")', () => fs.closeSync('1')],
  ['closeSync(-1)', () => fs.closeSync(-1)],
  ['readSync(0, "s")', () => fs.readSync(0, 'not a buffer')],
  ['mkdirSync(x, {recursive: 1})', () => fs.mkdirSync('d', { recursive: 1 })],
  ['stat(x) no cb', () => fs.stat('x')],
  ['stat(x, "nope")', () => fs.stat('x', 'nope')],
  ['readdirSync(null)', () => fs.readdirSync(null)],
  ['chmodSync(x, "9")', () => fs.chmodSync('x', '9')],
  ['chmodSync(x, {})', () => fs.chmodSync('x', {})],
  ['renameSync(1, "b")', () => fs.renameSync(1, 'b')],
  ['copyFileSync("a", 2)', () => fs.copyFileSync('a', 2)],
  ['existsSync(123)', () => fs.existsSync(123)],
  ['accessSync(undefined)', () => fs.accessSync()],
  ['symlinkSync(1, "x")', () => fs.symlinkSync(1, 'x')],
  ['truncateSync("x", "5")', () => fs.truncateSync('x.txt', '5')],
  ['fstatSync(2**31)', () => fs.fstatSync(2 ** 31)],
  ['readvSync(0, "x")', () => fs.readvSync(0, 'x')],
];
for (const [name, f] of calls) {
  try {
    const r = f();
    console.log(name, '->', typeof r);
  } catch (e) {
    console.log(name, '->', e.name, e.code, e.message);
  }
}

// path.win32 on a POSIX host: drive letters, UNC shares, mixed separators, and the flavour links.
const path = require('path');
const w = path.win32;
const J = (v) => JSON.stringify(v);
const inputs = ['', '.', '..', '\\', '/', '\\\\', 'C:', 'C:\\', 'c:/', 'C:foo', 'C:\\foo\\..\\..\\bar', 'c:\\a\\b\\c.txt',
  'a\\b/c', '\\\\server', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\f.js', '//srv/sh/x',
  '\\\\?\\C:\\x', 'a\\..\\..\\b', 'foo\\', '.bashrc', 'x.tar.gz', 'a.', '..foo', 'dir.ext\\', 'C:\\..', 'a:b', 'con:x', './c:/x', 'a/../c:x'];
for (const p of inputs) {
  console.log(J(p), J(w.normalize(p)), J(w.dirname(p)), J(w.basename(p)), J(w.extname(p)), w.isAbsolute(p));
  console.log('  parse', J(w.parse(p)));
}
console.log(w.join('C:\\a', '..', 'b', 'c.js'), w.join('\\\\', 'server', 'share'), w.join('\\\\server', 'share'), w.join('//', 'x'), w.join(), w.join('', ''));
console.log(w.join('a', '\\\\b'), w.join('\\\\\\a', 'b'), w.join('C:', 'x'), w.join('c:/', '/x/'));
console.log(w.resolve('C:\\a', 'b', '..\\c'), w.resolve('C:\\a', 'D:\\b', 'e'), w.resolve('\\\\s\\sh', 'x'), w.resolve('c:/a', '/b'));
console.log(w.resolve('/x/y') , w.resolve('D:\\x', 'C:y').startsWith('C:'), w.resolve('c:\\', 'C:\\x\\..'));
console.log(w.relative('C:\\a\\b\\c', 'C:\\a\\d'), J(w.relative('C:\\a', 'c:\\A')), w.relative('C:\\a', 'D:\\b'), w.relative('C:\\', 'C:\\x\\y'));
console.log(w.relative('C:\\x\\y', 'C:\\'), w.relative('\\\\s\\sh\\a', '\\\\s\\sh\\b'), w.relative('C:\\foo\\bar', 'C:\\foo\\barbaz'), w.relative('C:\\foo\\barbaz', 'C:\\foo\\bar'));
console.log(w.basename('C:\\a\\b.js', '.js'), w.basename('C:b.js', 'b.js'), w.basename('aaa', 'a'), w.basename('\\x\\', 'x'), w.basename('C:'), w.basename('C:\\'));
console.log(w.format({ dir: 'C:\\d', base: 'f.txt' }), w.format({ root: 'C:\\', name: 'n', ext: 'e' }), w.format({ root: '\\\\s\\sh\\', base: 'f' }));
console.log(w.toNamespacedPath('C:\\a\\b'), w.toNamespacedPath('\\\\s\\sh\\f'), w.toNamespacedPath('\\\\?\\C:\\x'), J(w.toNamespacedPath('')), w.toNamespacedPath(5), w.toNamespacedPath('rel').endsWith('\\app\\rel'), w.toNamespacedPath('\\x\\..\\y'));
console.log(w.sep, w.delimiter, w.win32 === w, w.posix === path.posix, path.posix.win32 === w, path.posix.posix === path.posix);
console.log(require('path/win32') === w, require('node:path/win32') === w, require('path').posix.sep);
console.log([w.join.name, w.resolve.name, w.normalize.name, w.parse.name]);
for (const bad of [() => w.join(1), () => w.resolve('a', null), () => w.basename('x', 5), () => w.relative('a'), () => w.format(null), () => w.parse()]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}

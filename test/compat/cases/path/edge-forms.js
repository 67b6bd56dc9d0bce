const path = require('path');
const cases = ['', '.', '..', '/', '//', '///a//b/', 'a/../..', '/a/./b/../../..', 'a//b/./c/', './a', '../a/b', 'a/b/../../../c', '/..', 'foo/', '.hidden', 'file.tar.gz', '.bashrc.bak', 'dir.ext/', '..foo'];
for (const c of cases) console.log(JSON.stringify(c), path.normalize(c), path.dirname(c), path.basename(c), path.extname(c), path.isAbsolute(c));
console.log(path.basename('/a/b.js', '.js'), path.basename('b.js', 'b.js'), path.basename('/a/b.js', 'js'), path.basename('aaa', 'a'), path.basename('/x/', 'x'));
console.log(path.join(), path.join(''), path.join('a', '', 'b'), path.join('/a', '../..', 'b'), path.resolve('/a/b', '../c', './d'), path.resolve('/x', '/y', 'z'));
console.log(path.relative('/a/b/c', '/a/d'), path.relative('/a', '/a'), path.relative('/a/b', '/a/b/c/d'), path.relative('/', '/x'), path.relative('/x/y', '/'));
console.log(path.parse('/home/u/file.txt'), path.parse('file'), path.parse('/'), path.parse('.env'), path.parse('a/b/'));
console.log(path.format({ dir: '/d', base: 'b.x' }), path.format({ root: '/', name: 'n', ext: 'e' }), path.format({ name: 'n', ext: '.e' }), path.format({ dir: 'd', name: 'n', ext: 'e' }));
console.log(path.sep, path.delimiter, path.posix === path);
console.log(path.toNamespacedPath('/a'), require('path/posix') === path.posix, require('node:path') === path);
for (const bad of [() => path.join(1), () => path.resolve(null), () => path.basename('/a', 5), () => path.format(null), () => path.parse(), () => path.relative('a')]) {
  try { bad(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}

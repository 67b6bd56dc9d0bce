const path = require('path');
console.log(path.join('/a/b', '../c', './d'), path.resolve('x/y', '..', 'z') === `${process.cwd()}/x/z`);
console.log(path.normalize('/a//b/../c/.'), path.normalize(''), path.isAbsolute('/x'), path.isAbsolute('x'));
console.log(path.relative('/data/a/b', '/data/c'), path.relative('/a', '/a'), path.dirname('/a/b/c.txt'), path.dirname('file'));
console.log(path.basename('/a/b/c.txt'), path.basename('/a/b/c.txt', '.txt'), path.extname('x.tar.gz'), path.extname('.bashrc'), path.extname('a.'));
console.log(path.parse('/home/u/file.txt'), path.format({ dir: '/x', name: 'f', ext: 'js' }));
console.log(path.sep, path.delimiter, path.posix === path, typeof path.win32, path.toNamespacedPath('/x'));
console.log(require('path/posix') === path.posix);
try { path.join(null); } catch (e) { console.log(e.code, e.message); }
try { path.basename('/x', 5); } catch (e) { console.log(e.code, e.message); }

const picomatch = require('picomatch');
const isMatch = picomatch(['src/**/*.{ts,js}', '!**/*.test.ts']);
for (const p of ['src/a.ts', 'src/x/y/z.js', 'src/a.test.ts', 'lib/a.ts', 'src/.hidden.ts']) console.log(p, isMatch(p));
console.log(picomatch.isMatch('a/b.md', '*.md'), picomatch.isMatch('a/b.md', '*.md', { basename: true }));
console.log(picomatch.makeRe('foo/*.js').source, JSON.stringify(picomatch.scan('!./foo/*.js').base));

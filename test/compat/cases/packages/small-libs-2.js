// More small CommonJS libraries: etag, range-parser, deep-extend, strip-json-comments,
// fast-deep-equal, require-from-string, convert-source-map, escape-html.
const etag = require('etag');
const rangeParser = require('range-parser');
const deepExtend = require('deep-extend');
const stripJsonComments = require('strip-json-comments');
const equal = require('fast-deep-equal');
const requireFromString = require('require-from-string');
const convert = require('convert-source-map');
console.log(etag('hello'), etag(Buffer.from('hello'), { weak: true }), etag(''));
console.log(etag({ size: 10, mtime: new Date(0), isFile: () => true, ino: 1 }));
console.log(rangeParser(1000, 'bytes=0-99,-100'), rangeParser(1000, 'bytes=2000-'), rangeParser(100, 'items=0-1'), rangeParser(1000, 'bytes=0-10,5-20', { combine: true }));
console.log(JSON.stringify(deepExtend({ a: { b: 1, c: [1] } }, { a: { d: 2, c: [2] } }, { e: new Date(0) })));
console.log(JSON.parse(stripJsonComments('{\n // c\n "a": /* x */ 1, "url": "http://x//y"\n}')), stripJsonComments('{"a":1 // x\n}', { whitespace: false }));
console.log(equal({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), equal([1], { 0: 1 }), equal(new Date(1), new Date(1)), equal(/a/g, /a/i));
const m = requireFromString('module.exports = { file: __filename, dir: typeof __dirname, add: (a, b) => a + b };', '/app/virtual.js');
console.log(m.file, m.dir, m.add(2, 3));
const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA' };
const comment = convert.fromObject(map).toComment();
console.log(comment.slice(0, 60), convert.fromComment(comment).toObject().sources, convert.removeComments(`x\n${comment}\n`).trim());
console.log(require('escape-html')('<a href="x">&\'</a>'));

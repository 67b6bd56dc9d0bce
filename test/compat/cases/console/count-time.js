console.count('a'); console.count('a'); console.count(); console.count(undefined); console.count(null); console.count({});
console.countReset('a'); console.count('a');
console.countReset('nope');
console.timeEnd('missing');
console.timeLog('missing');
console.time('t'); console.time('t');
const lines = [];
const { Console } = require('console');
const { Writable } = require('stream');
const sink = new Writable({ write(c, e, cb) { lines.push(String(c)); cb(); } });
const c = new Console(sink, sink);
c.time('lbl'); c.timeLog('lbl', 'extra', { a: 1 }); c.timeEnd('lbl');
for (const l of lines) console.log(l.replace(/\d+(\.\d+)?(ms|s)/, 'N$2').trimEnd());
c.time(); c.timeEnd();
console.log(lines[lines.length - 1].replace(/[\d.]+m?s/, 'T').trimEnd());
c.trace('traced %s', 'msg');
console.log(lines[lines.length - 1].split('\n')[0]);
console.log(typeof console.timeStamp, typeof console.profile, typeof console.profileEnd);
console.timeStamp(); console.profile(); console.profileEnd();
try { new Console(); } catch (e) { console.log(e.code, e.message); }
try { new Console({ stdout: {} }); } catch (e) { console.log(e.code, e.message); }
const c2 = new Console({ stdout: sink, inspectOptions: { depth: 0 } });
c2.log({ a: { b: 1 } }); console.log(lines[lines.length - 1].trimEnd());

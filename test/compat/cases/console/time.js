// Timer output varies, so only its shape is printed; warnings go to stderr (not compared: pid).
let out = '';
const { Console } = require('console');
const { Writable } = require('stream');
const c = new Console({ stdout: new Writable({ write(s, e, cb) { out += s; cb(); } }) });
c.time();
c.timeLog(undefined, 'extra', { a: 1 });
c.timeEnd();
c.time('t');
c.timeEnd('t');
console.log(out.replace(/\d+(\.\d+)?ms/g, 'Nms'));
console.timeEnd('never-started');
console.timeLog('never-started');
console.time('dup');
console.time('dup');
console.countReset('nothing');
process.on('warning', (w) => console.log('warning event:', w.name, w.message));

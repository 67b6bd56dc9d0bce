// fs.rm's ERR_FS_EISDIR is a SystemError in all three forms (sync, callback, promise), with Node's info.
const fs = require('fs');
fs.mkdirSync('d3', { recursive: true });
try { fs.rmSync('d3'); } catch (e) { console.log(Object.keys(e), e.info, String(e), e.stack.split('\n')[0], e.name, e instanceof Error); }
fs.rm('d3', (e) => { console.log('cb', e.code, e.errno); fs.promises.rm('d3').catch((e2) => { console.log('promise', e2.code, e2.info.syscall); fs.rmdirSync('d3'); }); });

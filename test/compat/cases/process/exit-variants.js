process.on('exit', (code) => { console.log('exit event', code, process.exitCode); });
process.on('beforeExit', (code) => { console.log('beforeExit', code); });
process.exitCode = 3;
console.log('set exitCode', process.exitCode);
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code, e.message); }
try { process.exitCode = 1.5; } catch (e) { console.log(e.code, e.message); }
try { process.exit('x'); } catch (e) { console.log(e.code, e.message); }
process.exitCode = '4';
console.log('now', process.exitCode);
setTimeout(() => console.log('timer ran'), 1);

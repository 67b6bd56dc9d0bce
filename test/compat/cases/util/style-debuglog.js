const util = require('util');
console.log(JSON.stringify(util.styleText('red', 'hi')));
console.log(JSON.stringify(util.styleText('bold', 'b')), JSON.stringify(util.styleText(['underline', 'green'], 'u')));
try { util.styleText('nocolor', 'x'); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
try { util.styleText('red', 5); } catch (e) { console.log(e.code, e.message); }
const log = util.debuglog('mything');
log('should not print %d', 1);
console.log(log.enabled, util.debuglog('other').enabled);
const on = util.debuglog('enabledthing');
console.log(on.enabled);
on('printed to stderr %s', 'yes');
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
ac.abort();
util.aborted({}, {}).catch((e) => console.log('aborted rejects', e.code));
console.log(util.inspect(new Error('x').message), util.inspect('a\nb'), util.inspect(new Map([[1, { a: [1, 2, { b: 3 }] }]]), { depth: 0 }));
console.log(util.types === require('util').types, typeof util.TextEncoder, typeof util.MIMEType);
const dep = util.deprecate(() => 'r', 'this is old', 'DEP_X');
console.log(dep(), dep());
console.log(util.inherits.length, typeof util.inspect.defaultOptions, util.inspect.defaultOptions.depth);

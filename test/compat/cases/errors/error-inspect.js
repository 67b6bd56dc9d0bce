const util = require('util');
const e = new Error('with props');
e.code = 'E_CUSTOM';
e.detail = { n: 1 };
console.log(util.inspect(e).split('\n')[0]);
console.log(Object.prototype.toString.call(e));
const t = new TypeError('bad type');
console.log(t.name, t.message, t instanceof TypeError);
console.log(JSON.stringify({ e: new Error('json') }));

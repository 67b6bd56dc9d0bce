// process.env is an ordinary object to programs: Object.prototype methods, inspect prints it plainly,
// values are coerced to strings, deletes and `in` work.
const util = require('util');
for (const k of Object.keys(process.env)) if (!['HOME', 'LANG', 'TZ'].includes(k)) delete process.env[k];
process.env.NUM = 42;
process.env.UNDEF = undefined;
console.log(process.env);
console.log(util.inspect(process.env, { compact: true }), JSON.stringify(process.env));
console.log(Object.getPrototypeOf(process.env) === Object.prototype, process.env.hasOwnProperty('HOME'), 'toString' in process.env);
console.log(typeof process.env.NUM, process.env.UNDEF, delete process.env.NUM, 'NUM' in process.env);
console.log(Object.keys(process.env).sort().join(','), Object.entries({ ...process.env }).length);
console.log(String(process.env), Object.prototype.toString.call(process.env));
console.log(JSON.stringify(Object.getPrototypeOf(process.env).constructor.name), Object.getOwnPropertyNames(Object.getPrototypeOf(process.env)));

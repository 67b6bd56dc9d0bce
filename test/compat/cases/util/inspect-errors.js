const util = require('util');
const strip = (s) => s.split("\n").filter((l) => !/^\s+at /.test(l) && !/lines matching cause stack trace/.test(l)).join("\n");
const e = new Error('outer', { cause: new TypeError('inner', { cause: 'string cause' }) });
console.log(strip(util.inspect(e)));
const withProps = new RangeError('props'); withProps.code = 'E_X'; withProps.details = { a: [1] };
console.log(strip(util.inspect(withProps)));
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } }
console.log(strip(util.inspect(new MyError('mine'))));
class Unnamed extends Error {}
console.log(strip(util.inspect(new Unnamed('un'))));
const noStack = new Error('nostack'); noStack.stack = undefined;
console.log(util.inspect(noStack));
const custStack = new Error('x'); custStack.stack = 'custom stack text';
console.log(util.inspect(custStack));
const renamed = new Error('r'); renamed.name = 'Renamed';
console.log(strip(util.inspect(renamed)));
const agg = new AggregateError([new Error('a1'), new Error('a2')], 'many');
console.log(strip(util.inspect(agg)));
console.log(strip(util.inspect({ nested: new Error('in obj') })));
console.log(util.inspect(Object.create(Error.prototype)));
const empty = new Error(''); console.log(strip(util.inspect(empty)));
const withCauseUndef = new Error('cu', { cause: undefined }); console.log(strip(util.inspect(withCauseUndef)));
const circ = new Error('circ'); circ.cause = circ; console.log(strip(util.inspect(circ)));
console.log(strip(util.inspect([new Error('in array')])));
console.log(util.inspect(new Error('d'), { depth: -1 }).split('\n')[0]);

// Frames of anonymous functions, arrows, methods and constructors, as Node prints them.
const frame = (e, i = 1) => e.stack.split('\n')[i].trim();
console.log([1].map(() => frame(new Error('arrow')))[0]);
console.log([1].map(function () { return frame(new Error('anon fn')); })[0]);
const obj = { method() { return frame(new Error('method')); } };
console.log(obj.method());
class K { constructor() { this.f = frame(new Error('ctor')); } static s() { return frame(new Error('static')); } }
console.log(new K().f, '|', K.s());
console.log([1].map(() => new Error('x').stack.split('\n')[2].trim())[0]);

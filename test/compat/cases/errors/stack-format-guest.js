// error.stack for guest code in Node's format: method frames, constructors, async frames, anonymous
// functions, eval, and the file:line:col of the guest file.
const clean = (s) => s.split('\n').filter((l) => !l.includes('node:internal') && !l.includes('node:')).join('\n');
class Service {
  constructor() { this.err = new Error('in ctor'); }
  method() { return new Error('in method'); }
  static create() { return new Error('in static'); }
  get prop() { return new Error('in getter'); }
}
const s = new Service();
console.log(clean(s.err.stack).split('\n').slice(0, 3).join('\n'));
console.log(clean(s.method().stack).split('\n').slice(0, 2).join('\n'));
console.log(clean(Service.create().stack).split('\n').slice(0, 2).join('\n'));
console.log(clean(s.prop.stack).split('\n').slice(0, 2).join('\n'));
const obj = { fn() { return new Error('obj'); }, arrow: () => new Error('arrow') };
console.log(clean(obj.fn().stack).split('\n')[1], '|', clean(obj.arrow().stack).split('\n')[1]);
console.log(clean([1].map(function () { return new Error('cb'); })[0].stack).split('\n')[1]);
async function a1() { await null; throw new Error('async'); }
async function a2() { await a1(); }
a2().catch((e) => console.log(clean(e.stack)));

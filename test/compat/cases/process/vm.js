const vm = require('vm');
globalThis.shared = 2;
console.log(vm.runInThisContext('shared * 21'));
console.log(vm.runInThisContext('var declaredByVm = 7; typeof require'), typeof declaredByVm);
const s = new vm.Script('shared += 1; shared', { filename: 'counter.vm' });
console.log(s.runInThisContext(), s.runInThisContext());
try { new vm.Script('let = ;', { filename: 'bad.js' }); } catch (e) { console.log(e.name); }
try { vm.runInThisContext('throw new TypeError("boom")'); } catch (e) { console.log(e instanceof TypeError, e.message); }
const add = vm.compileFunction('return a + b + shared', ['a', 'b']);
console.log(add(1, 2), add.length);
try { vm.compileFunction(42); } catch (e) { console.log(e.code, e.message); }
try { vm.isContext(5); } catch (e) { console.log(e.code, e.message); }
console.log(vm.isContext({}));
console.log(typeof vm.createContext, typeof vm.runInNewContext, typeof vm.Script);

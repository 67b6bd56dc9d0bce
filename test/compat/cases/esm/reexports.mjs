// export * / export * as ns / export { x as y } from, default classes and functions, evaluation once.
import * as all from './lib/index.mjs';
import Klass, { renamed, sub, one } from './lib/index.mjs';
import { count } from './lib/once.mjs';
await import('./lib/once.mjs');
await import('./lib/index.mjs');
console.log(Object.keys(all).sort().join(','));
console.log(new Klass().name, renamed, sub.two, one, count);
console.log(Object.prototype.toString.call(all), Object.isFrozen(all), Object.getPrototypeOf(all));

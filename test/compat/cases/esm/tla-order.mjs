// Top-level await: a dependency that awaits finishes before its importer runs; siblings order.
import './lib/slow.mjs';
import { value } from './lib/fast.mjs';
console.log('main runs after both', value);
setImmediate(() => console.log('immediate after main'));
await null;
console.log('main after await');

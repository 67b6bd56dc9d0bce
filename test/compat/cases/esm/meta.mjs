// import.meta as an object: its keys, its prototype, mutability, per-module identity.
import { meta as other } from './lib/m.mjs';
const keys = Object.keys(import.meta);
console.log(keys.join(','), Object.getPrototypeOf(import.meta) === null);
import.meta.custom = 1;
console.log(import.meta.custom, import.meta === other, other.url.endsWith('/lib/m.mjs'));
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
const rel = (u) => u.slice(u.lastIndexOf('/app/') + 5);
console.log(rel(import.meta.resolve('./lib/m.mjs')));
console.log(typeof import.meta.dirname, typeof import.meta.filename);
console.log(rel(import.meta.resolve('./missing.js')), rel(import.meta.resolve('./lib/m.mjs?x=1')));
try {
  import.meta.resolve('no-such-package');
} catch (err) {
  console.log(err.code);
}

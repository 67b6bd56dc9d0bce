// A .js main in a "type": "module" package is ESM; .cjs stays CommonJS there.
import { createRequire } from 'node:module';
import cjs from './lib/legacy.cjs';
const require = createRequire(import.meta.url);
console.log(typeof module, typeof exports, cjs.kind, require('./lib/legacy.cjs') === cjs);
console.log(this === undefined, require('./package.json').type);
const { helper } = await import('./lib/helper.js');
console.log(helper());

// Importing CommonJS from ESM: module.exports is the default, lexer-detected names are named exports.
import cjs, { a, b } from './lib/thing.cjs';
import * as ns from './lib/thing.cjs';
import reexp, { a as ra } from './lib/reexport.cjs';
import fn from './lib/fn.cjs';

console.log(cjs.a, a, b, typeof cjs.hidden);
console.log(Object.keys(ns).sort().join(','));
console.log(reexp === cjs, ra);
console.log(fn(), typeof fn);

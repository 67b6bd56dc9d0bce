// Cycles: a module sees the other's bindings once they are initialised; function declarations hoist.
import { a, fromB } from './lib/a.mjs';
console.log(a, fromB());

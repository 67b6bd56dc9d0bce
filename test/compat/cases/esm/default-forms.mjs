// export default forms: anonymous function and class names, expressions, and { x as default }.
import fn from './lib/fn.mjs';
import Cls from './lib/cls.mjs';
import expr from './lib/expr.mjs';
import aliased, { value } from './lib/alias.mjs';
console.log(fn.name, Cls.name, expr, aliased, value);

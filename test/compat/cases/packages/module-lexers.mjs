// es-module-lexer (WebAssembly) and cjs-module-lexer: the lexers bundlers use to find imports and
// CommonJS exports, run on source text.
import { init, parse } from 'es-module-lexer';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
await init;
const [imports, exports, facade, hasModuleSyntax] = parse(`import a from 'x';\nexport const b = 1;\nexport { c as d } from "./y.js";\nconst m = await import('dyn');\nimport.meta.url;`);
console.log(JSON.stringify(imports), JSON.stringify(exports), facade, hasModuleSyntax);
try { parse('import {'); } catch (e) { console.log('parse error', e.message.split('\n')[0], typeof e.idx); }
const cjs = require('cjs-module-lexer');
if (cjs.init) await cjs.init();
const r = cjs.parse(`exports.a = 1; module.exports.b = 2; Object.defineProperty(exports, 'c', { enumerable: true, get() {} }); module.exports = require('./other'); __esModule = 1;`);
console.log(r.exports.sort(), r.reexports);
console.log(typeof WebAssembly, typeof WebAssembly.instantiate);

// module.createRequire from ESM, with a URL object, a file URL string and a path; bad input.
import { createRequire, builtinModules, isBuiltin } from 'node:module';
import Module from 'node:module';
const r1 = createRequire(import.meta.url);
const r2 = createRequire(import.meta.url.replace(/[^/]*$/, 'lib/'));
const r3 = createRequire(process.cwd() + '/lib/x.js');
console.log(r1('./lib/x.js'), r2('./x.js'), r3('./x'));
console.log(builtinModules.includes('fs'), isBuiltin('node:fs'), isBuiltin('nope'), Module.builtinModules === builtinModules);
try {
  createRequire('relative/path.js');
} catch (err) {
  console.log(err.code, err.message);
}

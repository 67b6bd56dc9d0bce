// Dynamic import() from CommonJS, including builtins and a CommonJS target (default = module.exports).
import('./lib/m.mjs')
  .then((ns) => {
    console.log('imported', ns.default, ns.named, Object.keys(ns).join(','));
    return import('node:path');
  })
  .then((p) => {
    console.log(typeof p.join, typeof p.default.join);
    return import('./lib/c.js');
  })
  .then((c) => console.log(c.default.x, c.x, c.default === require('./lib/c.js')));
console.log('sync part first');

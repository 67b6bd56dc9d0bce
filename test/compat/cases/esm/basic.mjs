// Static imports, named and default exports, live bindings, import.meta, dynamic import, TLA.
import def, { count, inc } from './lib/counter.mjs';
import * as ns from './lib/counter.mjs';

console.log(def, count);
inc();
console.log(count, ns.count, Object.keys(ns).sort().join(','));
console.log(import.meta.url.endsWith('/app/basic.mjs'), typeof import.meta.resolve);
console.log(import.meta.filename.endsWith('/app/basic.mjs'), import.meta.dirname === process.cwd());
console.log(import.meta.resolve('./lib/counter.mjs').endsWith('/app/lib/counter.mjs'));
const m = await import('./lib/counter.mjs');
console.log(m === ns, m.count);
const later = await new Promise((r) => setTimeout(() => r('after timer'), 5));
console.log(later);

// debug writes namespaced messages to stderr when DEBUG enables them (no colors, no date: deterministic).
const createDebug = require('debug');
const a = createDebug('app:a');
const b = createDebug('app:b');
const other = createDebug('other');
a('hello %s, %d items, %o', 'world', 3, { deep: { x: [1, 2] } });
b('json %j', { k: 'v' });
other('not enabled');
console.log(a.enabled, b.enabled, other.enabled, createDebug.enabled('app:zzz'));
const child = a.extend('child');
child('from child');
console.log(child.namespace);

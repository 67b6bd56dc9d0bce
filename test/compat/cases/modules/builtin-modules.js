// module.builtinModules and isBuiltin as programs use them, and what requiring a builtin tsvirt lacks
// looks like: programs probe optional builtins (node:test, inspector, worker_threads) in try/catch.
const Module = require('module');
const { builtinModules, isBuiltin } = Module;
const expected = ['assert', 'assert/strict', 'buffer', 'child_process', 'console', 'constants', 'crypto', 'dns', 'dns/promises', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'stream', 'stream/promises', 'stream/web', 'string_decoder', 'timers', 'timers/promises', 'tls', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'worker_threads', 'zlib'];
console.log(Array.isArray(builtinModules), expected.filter((m) => !builtinModules.includes(m)), builtinModules.some((m) => m.startsWith('node:')), builtinModules.includes('test'));
console.log(isBuiltin('fs'), isBuiltin('node:fs'), isBuiltin('node:test'), isBuiltin('test'), isBuiltin('fs/promises'), isBuiltin('nope'), isBuiltin('node:nope'));
for (const id of expected) {
  const a = require(id);
  const b = require(`node:${id}`);
  if (a !== b) console.log('differs', id);
}
try { require('node:nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require('test'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(require('module') === Module, Module.Module === Module, typeof Module.createRequire, typeof Module.wrap, Module.wrap('x').slice(0, 20));
// Node builtins tsvirt lacks stay builtins (a node_modules copy is not looked up); requiring one
// throws, as programs probing optional features expect.
for (const id of ['async_hooks', 'cluster', 'node:test']) {
  let ok = false;
  try { require(id); ok = true; } catch (e) { ok = e.code === 'ERR_NOT_IMPLEMENTED'; }
  console.log(id, isBuiltin(id), ok);
}

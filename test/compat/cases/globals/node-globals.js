const names = [
  'global', 'globalThis', 'process', 'Buffer', 'console', 'setTimeout', 'clearTimeout', 'setInterval',
  'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
  'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'AbortController', 'AbortSignal', 'EventTarget',
  'Event', 'performance', 'require', 'module', 'exports', '__filename', '__dirname',
];
for (const n of names) {
  // eslint-disable-next-line no-eval
  console.log(n, typeof eval(n));
}
console.log(global === globalThis, typeof globalThis.require);
console.log(__filename, __dirname);
console.log(require.main === module, module.id, typeof require.resolve, typeof require.cache);

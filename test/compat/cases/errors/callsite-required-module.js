// Call sites in a module required by another name its file and are not eval code, as Node compiles
// every module with its file as the origin: first for a module loaded from synchronous code, then for
// the same module loaded again from inside a microtask.
const whereFrom = () => {
  const where = require('./where.js');
  return JSON.stringify(where());
};
console.log(whereFrom());
Promise.resolve().then(() => {
  delete require.cache[require.resolve('./where.js')];
  console.log(whereFrom());
});

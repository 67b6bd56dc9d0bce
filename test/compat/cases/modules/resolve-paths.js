// require.resolve with { paths }, require.resolve.paths, builtins.
const clean = (s) => (Array.isArray(s) ? s.map(clean) : String(s).split(process.cwd()).join('.'));
console.log(clean(require.resolve('./lib/x')));
console.log(clean(require.resolve('./x', { paths: [__dirname + '/lib'] })));
console.log(clean(require.resolve('dep', { paths: [__dirname + '/other'] })));
console.log(require.resolve('fs'), require.resolve('node:path'), require.resolve.paths('fs'));
console.log(clean(require.resolve.paths('./x')), clean(require.resolve.paths('dep')[0]));
try {
  require.resolve('dep');
} catch (err) {
  console.log(err.code);
}

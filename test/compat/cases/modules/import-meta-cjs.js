// import.meta in CommonJS is a SyntaxError when the file is compiled.
try {
  require('./lib/meta.cjs');
} catch (err) {
  console.log(err.name, err.message);
}

// A CommonJS module that throws while an ES module imports it: the error and its first frame.
const clean = (s) => String(s).split(process.cwd()).join('.');
try {
  await import('./lib/bad.cjs');
} catch (err) {
  console.log(err.name, err.message, clean(err.stack.split('\n')[1]).trim());
}

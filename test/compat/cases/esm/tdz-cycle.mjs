// A cycle that reads a binding before its module initialised it: ReferenceError (TDZ), as in Node.
try {
  await import('./lib/a.mjs');
} catch (err) {
  console.log(err.name, err.message);
}

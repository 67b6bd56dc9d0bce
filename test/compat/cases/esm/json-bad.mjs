// A JSON module that does not parse: SyntaxError naming the file.
const clean = (s) => String(s).split(process.cwd()).join('.');
try {
  await import('./bad.json', { with: { type: 'json' } });
} catch (err) {
  console.log(err.name, clean(err.message));
}

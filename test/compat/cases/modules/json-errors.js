// JSON modules: parsed once, BOM stripped, parse errors name the file.
const clean = (s) => String(s).split(process.cwd()).join('.');
const data = require('./data.json');
console.log(data.ok, require('./data') === data, require('./bom.json').bom);
try {
  require('./bad.json');
} catch (err) {
  console.log(err.name, clean(err.message));
}

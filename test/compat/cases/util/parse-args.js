const { parseArgs } = require('util');
const show = (v) => console.log(JSON.stringify(v, (k, x) => (x && typeof x === 'object' && !Array.isArray(x) ? { ...x } : x)));
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n', default: 'anon' },
  tag: { type: 'string', multiple: true },
  count: { type: 'string' },
};
show(parseArgs({ args: ['-v', '--name', 'ada', '--tag', 'a', '--tag=b', 'file.txt'], options, allowPositionals: true }));
show(parseArgs({ args: ['-vn', 'bob'], options }));
show(parseArgs({ args: ['--no-color', '--x=1', 'pos', '--', '--rest'], strict: false, tokens: true }));
show(parseArgs({ args: ['--verbose', '--no-verbose'], options: { verbose: { type: 'boolean' } }, allowNegative: true }));
for (const bad of [
  { args: ['--unknown'], options },
  { args: ['pos'], options },
  { args: ['--name'], options },
  { args: ['--verbose=1'], options },
  { args: ['-n'], options },
]) {
  try { parseArgs(bad); console.log('no error'); } catch (e) { console.log(e.code, e.message); }
}
try { parseArgs({ options: { x: { type: 'number' } } }); } catch (e) { console.log(e.code, e.message); }
process.argv.push('--flag');
show(parseArgs({ options: { flag: { type: 'boolean' } } }));

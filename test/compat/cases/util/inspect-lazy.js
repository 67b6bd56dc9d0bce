// node:util's inspect loads on first use: its shape, its tables and options edited before and after
// that, and the function custom inspectors receive.
const util = require('util');
const { inspect } = util;
console.log(inspect.name, inspect.length, typeof inspect.custom, inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
// Edited before anything was inspected: the edits reach what inspect prints.
inspect.styles.number = 'red';
console.log(JSON.stringify(inspect(42, { colors: true })));
inspect.defaultOptions = { ...inspect.defaultOptions, depth: 0 };
console.log(inspect({ a: { b: 1 } }));
console.log({ c: { d: 1 } });
inspect.defaultOptions = { ...inspect.defaultOptions, depth: 2 };
const keys = Reflect.ownKeys(inspect).map(String);
console.log(keys.join());
for (const k of ['custom', 'colors', 'styles']) {
  const d = Object.getOwnPropertyDescriptor(inspect, k);
  console.log(k, 'value' in d, d.enumerable, d.writable, d.configurable);
}
const dd = Object.getOwnPropertyDescriptor(inspect, 'defaultOptions');
console.log('defaultOptions', typeof dd.get, typeof dd.set, dd.enumerable, dd.configurable);
// A whole new colour table, as some loggers install.
const saved = inspect.colors;
inspect.colors = { ...saved, red: [91, 39] };
console.log(JSON.stringify(inspect(7, { colors: true })));
inspect.colors = saved;
inspect.styles.number = 'yellow';
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'n=%d', 5)), util.format('%s:%i', 'x', 3.5));
try {
  util.formatWithOptions(null, 'x');
} catch (err) {
  console.log(err.code);
}
console.log(util.stripVTControlCharacters('\u001b[1mbold\u001b[22m'), typeof util.styleText('red', 'x'));
const seen = {
  [inspect.custom](depth, options, given) {
    return `given util.inspect: ${given === inspect}`;
  },
};
console.log(inspect(seen), `${[seen]}` === '[object Object]');
console.log(inspect({ [inspect.custom]: inspect }).slice(0, 40));
console.log(typeof inspect(inspect), inspect(inspect, { depth: 0 }).split('\n')[0]);

// JSON modules with import attributes.
import data from './data.json' with { type: 'json' };
const again = await import('./data.json', { with: { type: 'json' } });
console.log(data.name, data.list.length, again.default === data);

// The enumerable own globals Node 20 exposes to a CommonJS program.
// fetch is the web area's (globals/fetch-* cases); here it is left out so this case checks the rest.
const own = Object.keys(globalThis).filter((k) => k !== 'fetch').sort();
console.log(own.join(' '));
console.log(Object.prototype.toString.call(globalThis));

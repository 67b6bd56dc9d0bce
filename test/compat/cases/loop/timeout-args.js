setTimeout((a, b, c) => console.log('args', a, b, c), 1, 1, 'two', { three: 3 });
const t = setTimeout(() => console.log('cleared'), 1);
clearTimeout(t);
const n = setTimeout(() => console.log('cleared by number'), 1);
clearTimeout(+n);
setTimeout(() => console.log('negative delay ok'), -10);
setTimeout(() => console.log('NaN delay ok'), Number.NaN);
const r = setTimeout(() => console.log('refreshed'), 5);
r.refresh();
console.log(typeof t[Symbol.toPrimitive]);
try {
  setTimeout('not a function');
} catch (e) {
  console.log(e.code, e.name);
}

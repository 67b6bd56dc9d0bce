const src = {
  n: 1,
  s: 'str',
  d: new Date(0),
  r: /ab+c/gi,
  m: new Map([['k', { deep: true }]]),
  set: new Set([1, 2, 3]),
  arr: [1, [2, [3]]],
  u8: new Uint8Array([1, 2, 3]),
  big: 10n,
  nested: { undef: undefined, nul: null },
};
src.self = src;
const c = structuredClone(src);
console.log(c !== src, c.self === c, c.d instanceof Date, c.d.getTime(), c.r.source, c.r.flags);
console.log(c.m.get('k').deep, c.m.get('k') !== src.m.get('k'), [...c.set].join(','), JSON.stringify(c.arr));
console.log(c.u8 instanceof Uint8Array, Array.from(c.u8).join(','), typeof c.big, 'undef' in c.nested);
const err = structuredClone(new RangeError('cloned'));
console.log(err instanceof RangeError, err.message);

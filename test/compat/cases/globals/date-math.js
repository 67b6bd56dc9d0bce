// Deterministic Date and Math: fixed instants, UTC, and pure functions.
const d = new Date(Date.UTC(2021, 1, 28, 23, 59, 59, 999));
console.log(d.toISOString(), d.getTime(), d.toJSON(), d.valueOf());
console.log(d.getUTCDay(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
console.log(new Date('2020-02-29T12:00:00Z').toUTCString());
console.log(Date.parse('2000-01-01'), Date.parse('garbage'), new Date(Number.NaN).getTime());
console.log(String(new Date(0)), new Date(0).getTimezoneOffset());
console.log(new Date(8.64e15 + 1).getTime(), new Date(2020, 0, 1).toDateString());
console.log(Math.max(), Math.min(), Math.hypot(3, 4), Math.cbrt(27), Math.sign(-3), Math.trunc(-4.7));
console.log(Math.fround(5.5), Math.clz32(1), Math.imul(3, 4), Math.log2(8), Math.expm1(0), Math.atan2(1, 1));
console.log((0.1 + 0.2).toFixed(20), (123.456).toPrecision(4), (255).toString(16), (1e21).toString());
console.log(Number.MAX_SAFE_INTEGER, Number.EPSILON > 0, 2 ** 53 + 1, 0.1 * 3, 1 / 3);
const r = Math.random();
console.log(r >= 0 && r < 1, typeof Date.now(), Date.now() > 1.6e12);
console.log(parseInt('0x1f'), parseFloat('3.14abc'), Number('  12  '), Number(''), Number('1_000'));

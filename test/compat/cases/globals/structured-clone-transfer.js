// structuredClone with { transfer }: the transferred ArrayBuffer is detached (byteLength 0) and the
// clone owns the bytes; a transferred buffer cannot be used again.
const ab = new ArrayBuffer(4);
new Uint8Array(ab)[0] = 7;
const moved = structuredClone(ab, { transfer: [ab] });
console.log(ab.byteLength, moved.byteLength, new Uint8Array(moved)[0]);
const u8 = new Uint8Array([1, 2, 3]);
const out = structuredClone({ u8 }, { transfer: [u8.buffer] });
console.log(u8.length, u8.byteLength, out.u8.length);
try { structuredClone(ab, { transfer: [ab] }); console.log('again ok'); } catch (e) { console.log(e.name, e.message); }

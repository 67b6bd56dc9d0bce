const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log('throws', e.name, e.code, e.message, e instanceof Error);
  }
};
// Blob and File
const b = new Blob(['hello ', Buffer.from('world'), new Uint8Array([33])], { type: 'Text/Plain' });
console.log(b.size, b.type, Object.prototype.toString.call(b));
// Node settles Blob reads after a trip through its thread pool: chain them so order is defined.
b.text()
  .then((s) => console.log('text', s))
  .then(() => b.slice(-6, -1).text())
  .then((s) => console.log('slice', s))
  .then(() => b.arrayBuffer())
  .then((ab) => console.log('ab', ab.byteLength, ab instanceof ArrayBuffer));
const f = new File(['x'], 'a.txt', { type: 'text/plain', lastModified: 42 });
console.log(f.name, f.lastModified, f.size, f instanceof Blob);
t(() => new Blob('nope'));
// structuredClone
const cyc = { n: 1, d: new Date(0), r: /a+/gi, m: new Map([[1, { x: 1 }]]), s: new Set([1, 2]), u: new Uint16Array([1, 2]) };
cyc.self = cyc;
const c = structuredClone(cyc);
console.log(c !== cyc, c.self === c, c.d instanceof Date, c.d.getTime(), c.r.source, c.r.flags, c.m.get(1), [...c.s], c.u);
const shared = { k: 1 };
const arr = structuredClone([shared, shared]);
console.log(arr[0] === arr[1]);
const err = structuredClone(new RangeError('bad'));
console.log(err instanceof RangeError, err.message);
console.log(structuredClone(Buffer.from('ab')).constructor.name);
console.log(structuredClone(new Number(3)) instanceof Number, structuredClone(undefined), structuredClone(null));
class Point { constructor() { this.x = 1; } get y() { return 2; } }
const p = structuredClone(new Point());
console.log(p, p instanceof Point);
t(() => structuredClone(() => {}));
t(() => structuredClone({ f() {} }));
t(() => structuredClone(Symbol('s')));
t(() => structuredClone(new WeakMap()));
t(() => structuredClone());
// TextEncoder / TextDecoder
const te = new TextEncoder();
console.log(te.encoding, te.encode('€'), te.encode());
const dest = new Uint8Array(5);
console.log(te.encodeInto('a€b', dest), dest);
console.log(te.encodeInto('😀x', new Uint8Array(3)));
const td = new TextDecoder();
console.log(td.encoding, td.fatal, td.ignoreBOM);
console.log(JSON.stringify(td.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))));
console.log(JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
const euro = te.encode('€');
const sd = new TextDecoder();
console.log(JSON.stringify(sd.decode(euro.subarray(0, 1), { stream: true }) + sd.decode(euro.subarray(1), { stream: true }) + sd.decode()));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xff, 0x41]))));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xe2, 0x82])));
t(() => new TextDecoder('nope'));
console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])));
console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0xe9])));
// atob / btoa
console.log(atob('aGVsbG8='), atob(' aGVs bG8 '), btoa('hello'), btoa('\xff'));
t(() => atob('a'));
t(() => atob('a===b'));
t(() => atob('@@@@'));
t(() => btoa('€'));
t(() => atob());
// DOMException
const de = new DOMException('msg', 'AbortError');
console.log(de.name, de.code, de.message, de instanceof Error, DOMException.ABORT_ERR, Object.prototype.toString.call(de));
console.log(new DOMException('m').name, new DOMException('m', { name: 'DataCloneError' }).code);
// TextDecoder: streaming with fatal, maximal-subpart replacement, surrogates, BOM split across chunks
const fd = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(fd.decode(new Uint8Array([0xe2, 0x82]), { stream: true })), JSON.stringify(fd.decode(new Uint8Array([0xac]), { stream: true })));
t(() => {
  fd.decode(new Uint8Array([0xe2]), { stream: true });
  return fd.decode();
});
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0x41, 0xff]), { stream: true }));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xed, 0xa0, 0x80])));
t(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xf0, 0x80, 0x80, 0x80])));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xed, 0xa0, 0x80, 0x41]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x41]))));
console.log(JSON.stringify(new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0xc3]))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x68, 0]))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x3d, 0xd8, 0x41, 0]))), JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x41]))));
t(() => new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x3d, 0xd8])));
const bom = new TextDecoder();
console.log(JSON.stringify(`${bom.decode(new Uint8Array([0xef, 0xbb]), { stream: true })}|${bom.decode(new Uint8Array([0xbf, 0x41]))}`));
console.log(JSON.stringify(`${bom.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x42]))}`));
console.log(new TextDecoder('ascii').encoding, new TextDecoder('utf-16').encoding, new TextDecoder(' UTF8 ').encoding);
console.log(JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9]))));
const bigText = 'ab€😀'.repeat(5000);
console.log(new TextDecoder().decode(new TextEncoder().encode(bigText)) === bigText);
const into = new Uint8Array(64);
console.log(te.encodeInto('a\u00e9\u20ac\ud83d\ude00\ud800z', into), into.subarray(0, 16));
console.log(te.encodeInto('\ud83d\ude00', new Uint8Array(2)), te.encodeInto('', new Uint8Array(0)));

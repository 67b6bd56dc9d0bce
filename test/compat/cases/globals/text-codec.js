const enc = new TextEncoder();
const bytes = enc.encode('héllo €😀');
console.log(bytes.length, Array.from(bytes).join(','));
console.log(enc.encoding, new TextDecoder().encoding);
console.log(new TextDecoder().decode(bytes));
console.log(new TextDecoder('utf-8').decode(new Uint8Array([0xff, 0x41])));
const into = new Uint8Array(4);
console.log(JSON.stringify(enc.encodeInto('añb', into)), Array.from(into).join(','));
const dec = new TextDecoder();
console.log(dec.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + dec.decode(new Uint8Array([0xac])));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.name, e.code);
}
console.log(new TextDecoder().decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])));

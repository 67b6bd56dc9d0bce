const b = Buffer.alloc(16);
b.writeUInt8(255, 0); b.writeInt8(-128, 1); b.writeUInt16LE(0xbeef, 2); b.writeInt16BE(-2, 4); b.writeUInt32LE(0xdeadbeef, 6); b.writeInt32BE(-5, 10);
console.log(b.toString('hex'));
console.log(b.readUInt8(0), b.readInt8(1), b.readUInt16LE(2).toString(16), b.readInt16BE(4), b.readUInt32LE(6).toString(16), b.readInt32BE(10));
console.log(b.writeUIntBE(0x123456, 0, 3), b.readUIntBE(0, 3).toString(16), b.readIntLE(0, 6), b.readUIntLE(0, 6));
b.writeBigInt64LE(-3n, 0); b.writeBigUInt64BE(2n ** 64n - 1n, 8);
console.log(b.readBigInt64LE(0), b.readBigUInt64BE(8), b.readBigUint64BE === b.readBigUInt64BE);
b.writeFloatLE(1.5, 0); b.writeDoubleBE(Math.PI, 4);
console.log(b.readFloatLE(0), b.readDoubleBE(4));
const tries = [
  () => b.writeUInt8(256, 0), () => b.writeInt8(-129, 0), () => b.writeUInt16LE(-1, 0), () => b.writeInt32BE(2 ** 31, 0),
  () => b.readUInt8(16), () => b.readUInt32LE(14), () => b.readInt8(-1), () => b.readInt8(1.5), () => b.readInt8('1'),
  () => b.writeUIntBE(1, 0, 7), () => b.readIntLE(0, 0), () => b.writeBigInt64LE(2n ** 63n, 0), () => b.writeBigInt64LE(1, 0),
  () => b.writeUInt8(1.5, 20), () => b.writeDoubleLE(1, 10), () => b.readBigUInt64LE(9), () => b.writeUInt32LE(NaN, 0),
];
for (const t of tries) { try { console.log('ok', t()); } catch (e) { console.log(e.name, e.code, e.message); } }
console.log(b.writeUInt8(1.9, 0), b[0], b.writeInt16LE(-1.5, 0), b.readInt16LE(0));

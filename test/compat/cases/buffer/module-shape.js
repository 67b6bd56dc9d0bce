// The shape of node:buffer and Buffer as feature-detecting packages see it: no browser-polyfill
// markers (TYPED_ARRAY_SUPPORT), Node's statics and prototype methods, Blob/File on the module.
const buffer = require('buffer');
const { Buffer: B } = buffer;
console.log(B === Buffer, B.TYPED_ARRAY_SUPPORT, 'TYPED_ARRAY_SUPPORT' in B, B.poolSize, typeof B.of, B.of(1, 2), B.of(1) instanceof B);
for (const k of ['Blob', 'File', 'resolveObjectURL', 'transcode', 'isUtf8', 'isAscii', 'atob', 'btoa', 'kMaxLength', 'kStringMaxLength', 'constants', 'SlowBuffer', 'INSPECT_MAX_BYTES']) {
  console.log(k, typeof buffer[k]);
}
console.log(buffer.Blob === globalThis.Blob, buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.constants.MAX_STRING_LENGTH === buffer.kStringMaxLength);
const names = ['readBigUInt64LE', 'readBigUint64BE', 'writeBigInt64LE', 'readUintLE', 'readUint8', 'writeUint16BE', 'readFloatLE', 'writeDoubleBE', 'asciiSlice', 'base64Slice', 'base64urlSlice', 'latin1Slice', 'hexSlice', 'ucs2Slice', 'utf8Slice', 'asciiWrite', 'hexWrite', 'utf8Write', 'copy', 'equals', 'compare', 'indexOf', 'lastIndexOf', 'includes', 'fill', 'write', 'toJSON', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toLocaleString', 'inspect'];
console.log(names.filter((n) => typeof B.prototype[n] !== 'function'));
const b = B.from('héllo');
console.log(b.utf8Slice(0, 3), b.latin1Slice(0, 2), b.hexSlice(0, 2), b.base64Slice(), b.ucs2Slice(0, 2).length, b.parent === b.buffer, b.offset === b.byteOffset);
console.log(b.toLocaleString(), b.utf8Write('HE', 0), b.toString(), b.asciiSlice(0, 2));
console.log(Object.prototype.toString.call(b), b.constructor.name, B.name, B.length);

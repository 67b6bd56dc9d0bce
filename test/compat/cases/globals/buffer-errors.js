// Buffer's argument and range errors carry Node's codes and messages.
const w = Buffer.alloc(16);
try {
  w.readUInt32BE(14);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  Buffer.from({});
} catch (e) {
  console.log(e.name, e.code);
}

// Bomb: 256 MiB SharedArrayBuffers until allocation fails.
const keep = [];
for (;;) keep.push(new SharedArrayBuffer(256 << 20));
